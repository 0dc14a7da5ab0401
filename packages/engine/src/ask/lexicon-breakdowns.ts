import type { AskDimension } from '@ayni/contracts';
import { words } from './lexicon';

/*
 * What an answer is broken down by: clock and calendar units ("por mes", "qué día de la semana",
 * "el mes que menos vendí") and entities ("productos", "sucursales"). Folded text, as in
 * lexicon.ts; the first entry that matches wins.
 */

/** "más fuerte", "más flojo": how a day, week or month sold, said plainly. */
const STRENGTH = '(mas|menos) (fuerte|floj[oa]|buen[oa]|mal[oa]|movid[oa]|tranquil[oa]|lent[oa])s?';

/** Clock and calendar breakdowns ("por día de la semana" before "por día"). */
export const BREAKDOWN_WORDS: readonly [AskDimension, RegExp][] = [
  [
    'weekday',
    words(
      '(que|cual|cuales) dias? de la semana',
      '(por|segun|cada) dias? de la semana',
      'dias? de la semana',
      'days? of (the )?week',
      'weekdays? (ranking|breakdown)',
      'by weekday',
      '(which|what) weekdays?',
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
      '(best|worst|peak|top|busiest) (\\d+ )?(hours?|times?)',
      '(mejor|peor)(es)? (\\d+ )?(horas?|horarios?)',
      'top (\\d+ )?(horas|horarios)',
      '(busiest|busy|quietest|slowest) (hours?|times?)',
      'horas? (flojas?|tranquilas?|muertas?)',
      'by hour',
      '(el|los|la|las) (\\d+ )?(horarios?|horas?) (mas|menos) [a-z]+',
      '(el|los|la|las) (horarios?|horas?) (con|de|en que|que) (mas|menos|mayor|menor)',
      'hours? with the (most|least|fewest|highest|lowest)',
      'hourly',
      'por horas?',
      'hora a hora',
      'hour by hour',
      'peak hours?',
      'time of day',
    ),
  ],
  ['day', words('(que|cual|en que) dia', '(which|what) day')],
  ['week', words('(que|cual|en que) semana', '(which|what) week', `semanas? ${STRENGTH}`)],
  [
    'month',
    words(
      '(que|cual|en que) mes',
      '(which|what) month',
      '(mejor|peor)(es)? (\\d+ )?mes(es)?',
      `mes(es)? ${STRENGTH}`,
      '(best|worst) (\\d+ )?months?',
    ),
  ],
  // "el mes que menos vendí", "the day with the most sales".
  [
    'month',
    words(
      '(el|los) mes(es)? (que|en que|con|de) (mas|menos|mayor|menor|mejor|peor)',
      'months? with the (most|least|fewest|highest|lowest)',
    ),
  ],
  [
    'week',
    words(
      '(la|las) semanas? (que|en que|con|de) (mas|menos|mayor|menor|mejor|peor)',
      'weeks? with the (most|least|fewest|highest|lowest)',
    ),
  ],
  [
    'day',
    words(
      '(el|los) dias? (que|en que|con|de) (mas|menos|mayor|menor|mejor|peor)',
      'days? with the (most|least|fewest|highest|lowest)',
    ),
  ],
  [
    'day',
    words(
      '(mejor|peor)(es)? (\\d+ )?dias?',
      // "mi día más fuerte", "el día más flojo": the best or worst days.
      `dias? ${STRENGTH}`,
      '(best|worst) (\\d+ )?days?',
      'dias? (con|de) (mas|menos|mayor|menor)',
    ),
  ],
  // "el mejor sábado del año": days, the weekday a filter.
  [
    'day',
    words(
      '(mejor|peor)(es)? (\\d+ )?(lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)',
      '(best|worst) (\\d+ )?(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)',
    ),
  ],
  [
    'week',
    words('(mejor|peor)(es)? (\\d+ )?semanas?', '(best|worst) (\\d+ )?weeks?', 'top (\\d+ )?(semanas|weeks)'),
  ],
  ['day', words('top (\\d+ )?(dias|days)')],
  ['month', words('top (\\d+ )?(meses|months)')],
  // "la semana más floja", "el día más movido": a calendar unit picked by an adjective.
  ['week', words('(la|las) (\\d+ )?semanas? (mas|menos) [a-z]+')],
  ['day', words('(el|los) (\\d+ )?dias? (mas|menos) [a-z]+')],
  ['month', words('(el|los) (\\d+ )?mes(es)? (mas|menos) [a-z]+')],
  [
    'quarter',
    words(
      '(que|cual|en que) trimestre',
      '(which|what) quarter',
      '(mejor|peor)(es)? (\\d+ )?trimestres?',
      '(best|worst) (\\d+ )?quarters?',
    ),
  ],
  [
    'month',
    words(
      'por mes',
      'mensual(es|mente)?',
      'mes a mes',
      'cada mes',
      'each month',
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
      'each week',
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
      'each day',
      'dia a dia',
      'by day',
      'per day',
      'daily',
      'day by day',
    ),
  ],
  ['quarter', words('(por|cada) trimestre', 'trimestral(es|mente)?', '(by|per|each) quarter', 'quarterly')],
  [
    'year',
    words(
      '(por|cada) ano',
      'anual(es|mente)?',
      'ano a ano por ano',
      '(by|per|each) year',
      'yearly',
      'annual',
    ),
  ],
  [
    'month',
    words(
      'evolucion',
      'evolucionad[oa]s?',
      'evolucionaron',
      'evolucionando',
      'tendencia',
      'trend',
      'over time',
      'historico',
      'historial',
      'evolved',
    ),
  ],
];

/** Entity dimensions: only a breakdown with a ranking word or "por/by/each". */
/** Products named as such, not by "lo que más vendo" (which, beside two names, asks which of them). */
export const PRODUCT_NOUNS = words('productos?', 'articulos?', 'items?', 'skus?', 'products?');

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
      // "what sold best yesterday", "qué se vendió más": the things sold.
      '(what|which)( (did|do|does) (we|i))? (sold|sells|sell|is selling|was selling) (the )?(best|most|worst|least)',
      'top (\\d+ )?ventas',
      '(top|best|worst|bottom|biggest) (\\d+ )?sellers?',
      'bestsellers?',
      '(best|top|worst)[ -]selling(?! (categor|branch|store|location|customer|day|week|month|hour|time))',
      'que (se )?(vendio|vende|venden|vendi|vendimos|vendieron|vendo|vendemos) (mas|menos)',
      // "what does customer X buy the most", "qué compra más el cliente X": the things bought.
      'what (does|do|did) ([a-z0-9-]+ ){1,4}buy (the )?(most|least)',
      'que (me |nos |le |les )?(compra|compran|compro|compraron) (mas|menos)',
    ),
  ],
  ['category', words('categorias?', 'rubros?', 'familias?', 'categor(y|ies)')],
  [
    'location',
    words('sucursal(es)?', 'locales', 'local', 'tiendas?', 'branch(es)?', 'stores?', 'locations?', 'sedes?'),
  ],
  ['customer', words('clientes?', 'customers?', 'compradores')],
  [
    'seller',
    words(
      'vendedor(es|a|as)?',
      'cajer(o|a|os|as)',
      // "top sellers" are products (above); a seller alone is a person.
      '(?<!(top|best|worst|bottom|biggest) )sellers?',
      'salespe(rson|ople)',
      'cashiers?',
      // "¿quién vendió más?": a person who sold.
      'quien(es)? (vendio|vendieron|vende|venden|ha vendido|han vendido)',
      'who (sold|sells|has sold)',
    ),
  ],
  ['payment_method', words('(medios?|formas?|metodos?|tipos?) de pago', 'payment (methods?|types?)')],
];

export const BREAKDOWN_CUE = words('por', 'by', 'per', 'each', 'cada', 'segun', 'desglose', 'breakdown');
