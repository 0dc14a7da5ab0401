import { words } from './lexicon';

/*
 * Words that shape a ranking or a comparison: "top", "peores", "cayeron", "crecieron",
 * "comparado con". Folded text, as in lexicon.ts.
 */

/**
 * Selling at a loss: "¿qué productos tienen margen negativo?", "¿qué vendo bajo costo?". The
 * margins ranked from the lowest, whose first ones are those (not the total margin).
 */
export const LOSS_WORDS = words(
  'margen(es)? negativ(o|os)',
  'negative (gross )?margins?',
  '(bajo|por debajo del?) (el )?costo',
  'below cost',
  '(a|con) perdida',
  'at a loss',
);

export const RANKING_CUE = words(
  'top',
  'cheapest',
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
  'fewest',
  '(has|had|have|sold|sells|got|gets|with) (more|fewer|less)',
  // "which branch has the higher average ticket": a comparative between entities ranks them.
  '(has|had|have|got|gets|with|is|was) (the |a )?(higher|lower|bigger|larger|smaller)',
  'highest',
  'lowest',
  'biggest',
  'smallest',
  'bottom',
  'worse',
  'quietest',
  'slowest',
  'weakest',
  'floj(o|a|os|as)',
  'muert(o|a|os|as)',
  'tranquil(o|a|os|as)',
  'leading',
  'lideres',
  'estrellas?',
  'stars?',
  'better',
  'worse',
  'busiest',
  'quietest',
  'slowest',
  LOSS_WORDS.source,
);
export const ASCENDING_CUE = words(
  LOSS_WORDS.source,
  'peor(es)?',
  'menos',
  // "el margen más bajo": "más" with a word of smallness ranks from the bottom.
  'mas (baj|chic|pequen|reducid|escas)(o|a|os|as)',
  'mas debil(es)?',
  // "el día más flojo", "la semana más tranquila": the least sold.
  'mas (flojo|flojos|floja|flojas|malo|malos|mala|malas|tranquilo|tranquilos|tranquila|tranquilas|lento|lentos|lenta|lentas)',
  'menor(es)?',
  'worst',
  'least',
  'fewest',
  '(has|had|have|sold|sells|got|gets|with) (fewer|less)',
  '(has|had|have|got|gets|with|is|was) (the |a )?(lower|smaller)',
  'slowest',
  'quietest',
  'weakest',
  'floj(o|a|os|as)',
  'muert(o|a|os|as)',
  'tranquil(o|a|os|as)',
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
  'cayendo',
  'bajando',
  'falling',
  'declining',
  'dropping',
  'retrocedio',
  '(bajo|cayo) mas',
  'dropped',
  'fell',
  'declined',
  'decreased',
  'shr(a|u)nk',
  'shrinking',
  '(went|gone|going|go) down',
  'se achic(o|aron)',
  'retrocedieron',
  'lost the most',
  '(biggest|largest) (drop|decline|fall|decrease|loss)',
  '(mayor|mas) (caida|baja)',
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
  'growth',
  'crecimiento',
  'creciendo',
  'subiendo',
  'growing',
  'rising',
  'increased',
  'rose',
  '(went|gone|going|go) up',
  'improved',
  'gained',
  '(biggest|largest) (increase|growth|gain|jump|rise)',
  '(mayor|mas) (crecimiento|alza|aumento|subida)',
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
  '(crecido|bajado|subido|caido|aumentado|disminuido)',
  'diferencia',
  'difference',
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
  'shr(a|u)nk',
  '(went|gone) (up|down)',
  // "¿el ticket promedio está subiendo?", "is it going up?": a trend is a change from the period before.
  '(subiendo|bajando|creciendo|cayendo|aumentando|disminuyendo|mejorando|empeorando)',
  '(going|go) (up|down)',
  '(increasing|decreasing|growing|rising|falling|dropping|declining|improving|shrinking)',
  // "did the average ticket drop?": the verb in its base form after "did".
  'did ([a-z]+ ){0,3}(drop|rise|fall|decline|improve|worsen|increase|decrease|grow|shrink|change)',
);
/** "¿tengo más clientes que el año pasado?": a comparison between periods, not a ranking. */
export const COMPARATIVE_CUE = words(
  '(mas|menos|more|less|fewer|better|worse|higher|lower|bigger|smaller|mejor|peor)( [a-z]+){0,3} (que|than)',
);
/** "¿qué productos vendieron más que el mes pasado?": asking which ones, so a ranking by change. */
export const WHICH_CUE = /^(que|cual|cuales|which|what|quienes|who) (?!tal )/;

/** "¿qué día llegan menos clientes?": a habit, so a day of the week rather than one date. */
export const HABITUAL_CUE = words(
  'vendo',
  'vendemos',
  'se vende(n)?',
  'llega(n)?',
  'viene(n)?',
  'compra(n)?',
  'hay',
  'entra(n)?',
  'suele(n)?',
  'do (i|we) (sell|get|have)',
  'usually',
);

/** "¿cuánto entró ayer?", "¿qué tal el sábado?": an amount or a verdict on a named period means sales. */
export const PERIOD_AMOUNT_CUE = words(
  'cuanto',
  'cuanta',
  'que tal',
  'como (fue|estuvo|anduvo|va|van|vamos|cerro|termino|les fue)',
  'how much',
  'how (was|were|did|is|are)',
);

/** "el producto más barato", "the cheapest product": the price ranked from the bottom. */
export const CHEAPEST_WORDS = words('mas barat(o|a|os|as)', 'cheapest', 'least expensive');

/** "¿qué mes creció más?": which of the calendar periods, so they are ranked. */
export const CALENDAR_WHICH = words(
  '(que|cual|which|what|en que|in which) (dia|semana|mes|trimestre|ano|day|week|month|quarter|year)',
);

/**
 * A rate per day, week, month or year ("al mes", "diarias", "a week"): a goal or a customer's
 * spend per period is another figure than the period's own.
 */
export const PER_PERIOD_RATE = words(
  'diari[oa]s?',
  'semanal(es)?',
  'mensual(es)?',
  'anual(es)?',
  '(al|por|cada) (dia|mes|ano)',
  '(a la|por|cada) semana',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  '(a|per|each) (day|week|month|year)',
);
