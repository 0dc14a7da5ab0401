import { words } from './lexicon';

/*
 * Words that change what kind of answer a question gets: a customer segment, a refusal (advice,
 * the future, data we do not have), help, or amounts in UF. Folded text, as in lexicon.ts.
 */

export const SEGMENT_WORDS: readonly ['at_risk' | 'churned', RegExp][] = [
  ['at_risk', words('en riesgo', 'at risk', 'at-risk', 'riesgo de fuga', 'por perder', 'about to leave')],
  [
    'churned',
    words(
      'perdid(o|os|as)',
      'perdi',
      'se fueron',
      'dejaron de comprar',
      'churn(ed)?',
      'lost customers',
      'inactivos',
      'fugados',
      'no han vuelto',
      'stopped buying',
    ),
  ],
];

/** Questions the data cannot answer, whatever else they say. */
export const ADVICE_WORDS = words(
  'inverti(r)?',
  'inversion(es)?',
  'acciones',
  'bolsa',
  'cripto(monedas)?',
  'bitcoin',
  'prestamos?',
  'credito',
  'deberia (comprar|vender|invertir|pedir)',
  'invest(ing|ment)?',
  'stocks',
  'stock market',
  'crypto',
  'loans?',
  'should i (buy|sell|invest)',
);
export const FUTURE_WORDS = words(
  'proxim(o|a|os|as) (mes|ano|trimestre|semana|meses)',
  'next (month|year|quarter|week)',
  'voy a vender',
  'vendere',
  'will i sell',
  'pronostico',
  'prediccion',
  'proyeccion',
  'forecast',
  'predict',
);
export const NOT_IN_DATA_WORDS = words(
  'inventario',
  'stock',
  'proveedor(es)?',
  'empleados?',
  'trabajadores',
  'sueldos?',
  'impuestos?',
  'iva',
  'clima',
  'competencia',
  'arriendo',
  'inventory',
  'suppliers?',
  'employees?',
  'salar(y|ies)',
  'taxes',
  'weather',
  'competitors?',
  'rent',
);
export const HELP_WORDS = words(
  'que (es|son|significa|significan|quiere decir) (el|la|los|las|un|una)',
  'que significa',
  'que quiere decir',
  'como se (calcula|calculan|mide|miden|obtiene|define)',
  'como (calculan|calcula|calculas)',
  'de donde sale',
  'definicion de',
  'explica(me)?',
  'what (is|are) (a|an)',
  'what (is|are) .* (mean|definition)',
  'what does',
  'how (is|are) .* (computed|calculated|measured|defined)',
  'how do you (compute|calculate)',
  'define',
  'explain',
  'meaning of',
  'como (preparo|subo|cargo|exporto|armo|subir|cargar|preparar|exportar)',
  'how (do|can|should) i (upload|prepare|export|format)',
  'que (formato|columnas)',
  '(which|what) (format|columns)',
);
export const UF_WORDS = words('en uf', 'in uf', 'uf');
