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
  'should (i|we|my|our)',
  'recomienda(s|me)?',
  'recommend',
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
);
export const FUTURE_WORDS = words(
  'proxim(o|a|os|as) (mes|ano|trimestre|semana|meses)',
  'next (month|year|quarter|week)',
  'voy a vender',
  'vendere',
  'will i sell',
  '(voy|vamos|va|van) a (ser|estar|llover|subir|bajar|hacer|vender|ganar|facturar|tener)',
  'llovera',
  'will it',
  'going to (rain|be|sell)',
  'pronostico',
  'prediccion',
  'proyeccion',
  'forecast',
  'will (sales|revenue|customers|margin|my|we|our|the)',
  'going to (go|increase|decrease|grow|drop|rise|fall)',
  'predict',
);
