import { words } from './lexicon';

/*
 * Questions that get a refusal whatever else they say: advice (what one should do) and the
 * future (forecasts). Folded text, as in lexicon.ts.
 */

/** What one should do: advice, never a figure. */
export const ADVICE_WORDS = words(
  'inverti(r)?',
  'inversion(es)?',
  'acciones',
  'bolsa',
  'cripto(monedas)?',
  'bitcoin',
  'prestamos?',
  'credito',
  // "cuánto debería tener en caja": what ought to be is advice, whatever the verb.
  'deberia(mos|n)?',
  'conviene',
  'convendria',
  'vale la pena',
  'worth it',
  'a cuanto (deberia|debo|tengo que) (vender|cobrar)',
  // Setting a price is a decision: "¿qué precio le pongo a la palta?" (the price it sold at is a figure).
  '(que|cual|cuanto) (de )?precio (le )?(pongo|pondria|cobro|pido|doy)',
  'a cuanto (lo |la |los |las )?(pongo|dejo)',
  'what price (do|should|can) (i|we)',
  'should (i|we|my|our)',
  'recomienda(s|me)?',
  'recommend',
  // Asking for advice by name: "dame un consejo", "any tips", "give me advice on pricing".
  'consejos?',
  'aconseja(s|me|rias)?',
  'sugerencias?',
  'sugiere(s|me)?',
  'advice',
  'advise',
  'tips',
  'suggest(ions?)?',
  'pricing',
  'como (puedo |podria )?(aumentar|mejorar|incrementar) (mis |las )?ventas',
  'invest(ing|ment)?',
  'stocks',
  'stock market',
  'crypto',
  'loans?',
  'how much should',
  // A benchmark of other businesses is no figure of this company: "a good margin for a grocery store".
  '(a|an) (good|normal|healthy|reasonable|typical) (margin|average ticket|ticket|sales|revenue)',
  '(un|una) (buen|buena|normal|sano|razonable) (margen|ticket|venta)',
  // "the best time to open", "el mejor día para contratar": when to act is advice, not a ranking.
  '(best|worst|ideal|right|good) (time|day|hour|moment|month|week) to [a-z]+',
  '(mejor|peor|buen|ideal) (momento|dia|hora|horario|mes|semana|fecha) (para|de) [a-z]+(ar|er|ir)',
  // A verdict on a figure needs a benchmark: "¿es buen margen un 30%?", "is 20% a good margin".
  '(es|son|seria|sera|esta|estan) (un |una )?(buen|buena|buenos|buenas|mal|mala|malo|malos|normal|sano|razonable|bien)( [a-z]+)? (margen|ticket|ventas?|numero|cifra)',
  '(margen|ticket|ventas?)( promedio)?( de \\d+ ?%?)? (es|esta|son|estan) (bueno|buena|malo|mala|bien|mal|normal|sano|razonable)',
  '(is|are) (\\d+ ?%? )?(a |an |my |our )?(good|bad|normal|healthy|reasonable|ok|okay) (margin|ticket|average ticket|sales)',
  // The verdict before or after the figure: "¿es bueno mi ticket promedio?", "is my margin good?".
  '(es|esta|son|estan) (bueno|buena|buenos|buenas|malo|mala|malos|malas|sano|sana|razonable|suficiente)( [a-z]+){0,3} (margen|ticket|ventas?|utilidad|ganancia)',
  '(is|are) (my|our|the) (gross )?(margin|ticket|average ticket|sales|revenue|profit)( [a-z]+){0,2} (good|bad|ok|okay|healthy|normal|enough|reasonable)',
  '(margin|ticket|sales|revenue|profit) (is|are) (good|bad|ok|okay|healthy|normal|enough|reasonable)',
);
export const FUTURE_WORDS = words(
  'proxim(o|a|os|as) (mes|ano|trimestre|semana|meses)',
  'next (month|year|quarter|week)',
  'tomorrow',
  'pasado manana',
  'voy a vender',
  'vendere',
  'will i sell',
  // "ir a" with any infinitive is the future: "me van a comprar", "vamos a llegar".
  '(voy|vas|vamos|va|van) a [a-z]+(ar|er|ir)',
  // The future tense of the verbs of sales: "venderemos", "cuánto ganaré", "crecerán".
  '(vender|facturar|ganar|comprar|crecer|caer|bajar|subir|llegar|tendr|habr|ser|estar)(e|as|a|emos|an)',
  'llovera',
  'will it',
  'going to (?!date)[a-z]+',
  'pronostico',
  'prediccion',
  'proyeccion',
  'forecast',
  'will (sales|revenue|customers|margin|my|we|our|the)',
  'going to (go|increase|decrease|grow|drop|rise|fall)',
  'predict',
);
