import { PER_PERIOD_RATE } from './lexicon-cues';
import { words } from './words';

/*
 * A sales goal in a question: "¿cuánto me falta para llegar a 10 millones este mes?", "meta de
 * $8.500.000", "¿llegué a los 5 palos?", "how far am I from 10 million". The amount is read in
 * pesos; a goal word without an amount is no goal.
 */

/** Words that make an amount a goal (folded text). */
const GOAL_WORDS = words(
  '(me|nos|le|te) (falta|faltan|faltaba|faltaron|falto)',
  '(falta|faltan|faltaba|faltaron) (para|pa)',
  'metas?',
  'objetivos?',
  '(llegue|llegamos|llego|alcance|alcanzamos|alcanzo|cumpli|cumplimos|cumplio|supere|superamos|paso|pase|pasamos) (a |la |los |el |de )?(meta|los|las|el|la|\\$|[0-9]+)',
  '(voy a|vamos a|alcanzo a|alcanzamos a) (llegar|alcanzar)',
  '(para|pa) (llegar|alcanzar|cumplir|lograr|juntar) (a |la |los |el |con )?(meta|objetivo|\\$|[0-9]+)',
  'how far',
  'goals?',
  'targets?',
  '(reach|reached|hit|make|made|beat|pass|passed) (my |our |the )?(goal|target|[0-9]+|\\$)',
  'left to (reach|hit|get to|make)',
);

/** The sales needed per day to reach the goal: "¿cuánto necesito vender al día para llegar a…?". */
const NEEDED_RATE =
  /(?<![a-z])(vender|venda|vendamos|sell|make)( en promedio)? (al|por|cada|x|per|a|each) (dia|day)( en promedio| on average)? (para|pa|to)(?![a-z])/g;

/**
 * "¿cuánto necesito vender al día para llegar a 9 millones?": the pace a goal needs is what its
 * answer says, so the rate goes (folded text) and the question reads as the goal of the period,
 * not as sales per day.
 */
export function withoutNeededRate(text: string): string {
  return GOAL_WORDS.test(text) ? text.replace(NEEDED_RATE, '$1 $6') : text;
}

/** Amount with its multiplier word: "10 millones", "1,5 palos", "500 lucas", "8.5m", "10 million". */
const SCALED =
  /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(millones|millon|millón|palos?|mm|m|millions?|mil|lucas?|k|thousand)(?![a-záéíóúñ])/;
/** Pesos written out: "$10.000.000", "$ 8500000", "10.000.000 pesos". */
const PESOS = /\$\s*(\d{1,3}(?:[.,]\d{3})+|\d+)|(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})(?![\d.,])/;

const MULTIPLIER: Record<string, number> = {
  millones: 1e6,
  millon: 1e6,
  millón: 1e6,
  palo: 1e6,
  palos: 1e6,
  mm: 1e6,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  mil: 1e3,
  luca: 1e3,
  lucas: 1e3,
  k: 1e3,
  thousand: 1e3,
};

/** The amount of `text` in pesos, or null. */
function amountIn(text: string): number | null {
  const scaled = SCALED.exec(text);
  if (scaled) {
    const value = Number((scaled[1] as string).replace(',', '.'));
    const amount = Math.round(value * (MULTIPLIER[scaled[2] as string] ?? 0));
    return amount > 0 ? amount : null;
  }
  const pesos = PESOS.exec(text);
  if (pesos) {
    const amount = Number((pesos[1] ?? pesos[2] ?? '').replace(/[.,]/g, ''));
    return amount > 0 ? amount : null;
  }
  return null;
}

/**
 * The goal of a question in pesos, or null: a goal word in the folded text, and an amount in
 * the question as written ("1,5 millones" keeps its decimal there) or, for number words
 * ("diez millones"), in the folded text.
 */
export function goalAmount(question: string, folded: string): number | null {
  // A goal per day, week or month is another question (the period's goal would be read wrong).
  if (!GOAL_WORDS.test(folded) || PER_PERIOD_RATE.test(folded)) return null;
  return amountIn(question.toLowerCase().replace(/\u00a0/g, ' ')) ?? amountIn(folded);
}
