import type { AskDimension, AskMetric } from '@ayni/contracts';

/*
 * Words of the questions, on folded text (no accents, lower case, numbers as digits). Order
 * matters: the first entry that matches wins, so specific phrases come before general ones.
 */

/** A regex over whole words ("%" and "-" count as word characters at the edges). */
export const words = (...alternatives: string[]): RegExp =>
  new RegExp(`(?<![a-z0-9%_-])(?:${alternatives.join('|')})(?![a-z0-9%_-])`);

export const METRIC_WORDS: readonly [AskMetric, RegExp][] = [
  [
    'avg_ticket',
    words(
      'ticket(s)? (promedio|medio)',
      'boleta(s)? promedio',
      'promedio (por|de|de la|del|de las|de los) (boleta|ticket|compra|venta)s?',
      'valor promedio (de|por) (la |las )?(boleta|compra|venta)s?',
      'gasto promedio',
      'compra promedio',
      'average (ticket|spend|sale|basket|order)( value| size)?',
      'avg ticket',
      'avg_ticket',
      'aov',
    ),
  ],
  [
    'margin_pct',
    words(
      'margen (porcentual|%|en %|en porcentaje|pct)',
      '(porcentaje|%) de margen',
      '(percent|percentage|%) (of )?margin',
      'margin (%|percent|percentage|pct|rate)',
      'margin_pct',
    ),
  ],
  [
    'gross_margin',
    words(
      'margen( bruto)?',
      'ganancias?',
      'utilidad(es)?',
      'gan(e|amos|o|aste|ado|aron)',
      'dej(a|an|o|aron) (mas |menos )?(plata|lucas|ganancia)',
      'rentab(le|les|ilidad)',
      '(gross )?margin',
      'profits?',
      'profitable',
      'gross_margin',
    ),
  ],
  [
    'new_customers',
    words('clientes nuevos', 'nuevos clientes', 'new customers', 'new_customers', 'first-time customers'),
  ],
  [
    'returns',
    words(
      '(cuantas|numero de|cantidad de) (devoluciones|reembolsos)',
      '(how many|number of) (returns|refunds)',
    ),
  ],
  [
    'returned_amount',
    words(
      'devoluciones',
      'devuelto',
      'devolucion',
      'devolv(i|imos|ieron|io)',
      'reembolsos?',
      'returns',
      'refund(s|ed)?',
      'returned',
    ),
  ],
  ['discount', words('descuentos?', 'descont(o|e|amos|aron|ado|ados)', 'rebajas', 'discount(s|ed)?')],
  [
    'units',
    words(
      '(cuantos|numero de|cantidad de) (productos|articulos)',
      'how many (products|items)',
      'unidades',
      'kilos',
      'kg',
      'units',
      'cantidad vendida',
      'volumen',
      'items sold',
    ),
  ],
  [
    'transactions',
    words(
      'boletas',
      'transacciones',
      'tickets',
      '(numero|cantidad) de (ventas|compras|boletas)',
      'cuantas (ventas|compras|boletas)',
      'transactions',
      'orders',
      'receipts',
      'busy',
      'busiest',
      'concurrid(o|a|os|as)',
      '(how many|number of) (sales|purchases|orders|tickets|receipts|invoices)',
    ),
  ],
  [
    'customers',
    words(
      '(cuantos|numero de|cantidad de) clientes',
      'clientes (distintos|unicos|atendidos)',
      '(how many|number of|unique) customers',
    ),
  ],
  [
    'revenue',
    words(
      'ventas?',
      'vend(i|imos|o|e|io|ieron|emos|ido|iendo)',
      'factur(e|amos|acion|ado|o)',
      'ingresos?',
      'recaudacion',
      'revenue',
      'sales',
      'sold',
      'sell(s|ing)?',
      'turnover',
      'income',
      'earn(ed|ings)?',
      'plata',
      'como (me|nos) (fue|va|ha ido)',
      'how (did|do) (i|we) do',
      'how (am i|are we) doing',
    ),
  ],
  ['customers', words('clientes', 'customers')],
];

/** Clock and calendar breakdowns ("por día de la semana" before "por día"). */
export const BREAKDOWN_WORDS: readonly [AskDimension, RegExp][] = [
  [
    'weekday',
    words(
      '(que|cual|cuales) dias? de la semana',
      '(por|segun|cada) dias? de la semana',
      'dias? de la semana',
      'day of (the )?week',
      'weekdays? (ranking|breakdown)',
      'by weekday',
    ),
  ],
  [
    'hour',
    words(
      '(que|cual|a que|cuales|en que) (hora|horas|horario|horarios)',
      '(por|cada) hora',
      'horas? peak',
      'hora punta',
      '(which|what) (hour|hours|time)',
      '(busiest|busy|quietest|slowest) (hours?|times?)',
      'horas? (flojas?|tranquilas?|muertas?)',
      'by hour',
      'peak hours?',
      'time of day',
    ),
  ],
  ['day', words('(que|cual|en que) dia', '(which|what) day')],
  ['week', words('(que|cual|en que) semana', '(which|what) week')],
  [
    'month',
    words(
      '(que|cual|en que) mes',
      '(which|what) month',
      '(mejor|peor)(es)? (\\d+ )?mes(es)?',
      '(best|worst) months?',
    ),
  ],
  [
    'day',
    words('(mejor|peor)(es)? (\\d+ )?dias?', '(best|worst) days?', 'dias? (con|de) (mas|menos|mayor|menor)'),
  ],
  ['week', words('(mejor|peor)(es)? (\\d+ )?semanas?', '(best|worst) weeks?')],
  ['quarter', words('(que|cual|en que) trimestre', '(which|what) quarter')],
  [
    'month',
    words(
      'por mes',
      'mensual(es|mente)?',
      'mes a mes',
      'cada mes',
      'by month',
      'per month',
      'monthly',
      'month by month',
    ),
  ],
  [
    'week',
    words(
      'por semana',
      'semanal(es|mente)?',
      'cada semana',
      'semana a semana',
      'by week',
      'per week',
      'weekly',
      'week by week',
    ),
  ],
  [
    'day',
    words(
      'por dia',
      'diari(a|o|as|os|amente)',
      'cada dia',
      'dia a dia',
      'by day',
      'per day',
      'daily',
      'day by day',
    ),
  ],
  ['quarter', words('por trimestre', 'trimestral(es|mente)?', 'by quarter', 'per quarter', 'quarterly')],
  [
    'year',
    words('por ano', 'anual(es|mente)?', 'ano a ano por ano', 'by year', 'per year', 'yearly', 'annual'),
  ],
  ['month', words('evolucion', 'tendencia', 'trend', 'over time', 'historico', 'historial')],
];

/** Entity dimensions: only a breakdown with a ranking word or "por/by/each". */
export const ENTITY_WORDS: readonly [AskDimension, RegExp][] = [
  [
    'product',
    words(
      'productos?',
      'articulos?',
      'items?',
      'skus?',
      'products?',
      // "lo que más vendo", "lo menos vendido": things sold, so products.
      'lo (que )?(mas|menos) (vendo|vendi|vendemos|se vende|se vendio|vendido|sale)',
    ),
  ],
  ['category', words('categorias?', 'rubros?', 'familias?', 'categor(y|ies)')],
  [
    'location',
    words('sucursal(es)?', 'locales', 'local', 'tiendas?', 'branch(es)?', 'stores?', 'locations?', 'sedes?'),
  ],
  ['customer', words('clientes?', 'customers?', 'compradores')],
];

export const BREAKDOWN_CUE = words('por', 'by', 'per', 'each', 'cada', 'segun', 'desglose', 'breakdown');
export const RANKING_CUE = words(
  'top',
  'ranking',
  'mejor(es)?',
  'peor(es)?',
  'principales',
  'mas',
  'menos',
  'mayor(es)?',
  'menor(es)?',
  'best',
  'worst',
  'most',
  'least',
  'highest',
  'lowest',
  'biggest',
  'smallest',
  'bottom',
  'worse',
  'quietest',
  'slowest',
  'leading',
  'lideres',
  'estrellas?',
  'stars?',
  'better',
  'worse',
  'busiest',
  'quietest',
  'slowest',
);
export const ASCENDING_CUE = words(
  'peor(es)?',
  'menos',
  'menor(es)?',
  'worst',
  'least',
  'lowest',
  'smallest',
  'bottom',
);
export const FALLING_CUE = words(
  'cayeron',
  'cayo',
  'caida',
  'bajaron',
  'disminuyeron',
  'perdieron',
  'empeoraron',
  'disminuyo',
  'empeoro',
  'retrocedio',
  '(bajo|cayo) mas',
  'dropped',
  'fell',
  'declined',
  'decreased',
  'lost the most',
);
export const RISING_CUE = words(
  'crecieron',
  'crecio',
  'subieron',
  'subio mas',
  'aumentaron',
  'aumento mas',
  'mejoraron',
  'mejoro',
  'grew',
  'increased',
  'rose',
  'gained',
);
/** A change is asked for: compare with the previous period unless the year before is named. */
export const CHANGE_CUE = words(
  'crecimiento',
  'creci(o|mos|eron)?',
  'subieron',
  'bajaron',
  'cayeron',
  'grow(n)?',
  'variacion',
  'vario',
  'cambio',
  'subio',
  'bajo',
  'cayo',
  'aumento',
  'disminuyo',
  'compar(ado|ada|ar|a|o|ed|e|ison|ame|emos|en)',
  'vs',
  'versus',
  'respecto',
  'frente',
  'contra',
  'growth',
  'grew',
  'change(d)?',
  'increase(d)?',
  'decrease(d)?',
  'dropped',
  'fell',
);
