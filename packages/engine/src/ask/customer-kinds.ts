import { type AskDimension, type AskMetric, CUSTOMER_COUNT_METRICS } from '@ayni/contracts';
import { METRIC_WORDS, words } from './lexicon';
import { CUSTOMER_KIND_WORDS } from './lexicon-refusals-attributes';

/*
 * A kind of customer qualifying another figure is left out by every executor, which would answer
 * the sales (ticket, margin...) of all customers as if they were those of the kind asked. Such a
 * question is refused; the counts of new, returning and repeat customers, and lists of customers,
 * stay.
 */

const COUNTED_KINDS: readonly AskMetric[] = ['new_customers', 'returning_customers', 'repeat_customers'];

/** "¿cuánto venden / compran / gastan…?": an amount of their purchases, not a count of them. */
const AMOUNT_ASKED = words(
  'cuanto( [a-z]+){0,2} (vend|compr|gast)[a-z]*',
  'how much( [a-z]+){0,3} (spen[dt]|spending|buy|bought|purchas[a-z]*)',
);

const kindWords = (metric: AskMetric) => METRIC_WORDS.find(([name]) => name === metric)?.[1];

/** Whether the question names a kind of customer its figure would not be of. */
export function customerKindLeftOut(text: string, metric: AskMetric, by: AskDimension): boolean {
  // "el ticket promedio de los clientes nuevos": new customers named, but another figure asked.
  for (const kind of COUNTED_KINDS) {
    const pattern = kindWords(kind);
    if (!pattern?.test(text)) continue;
    if (metric !== kind) return true;
    // "revenue from returning customers": read as their count, yet their sales are asked.
    const others = text.replace(new RegExp(pattern.source, 'g'), ' ');
    if (AMOUNT_ASKED.test(others)) return true;
    if (
      METRIC_WORDS.some(([name, pattern]) => !CUSTOMER_COUNT_METRICS.includes(name) && pattern.test(others))
    )
      return true;
  }
  for (const [kind, pattern] of CUSTOMER_KIND_WORDS) {
    if (!pattern.test(text)) continue;
    // "mis clientes más fieles" lists the best customers; "clientes identificados" are all counted.
    if (kind === 'loyal' && by === 'customer') continue;
    if (kind === 'identified' && (by === 'customer' || CUSTOMER_COUNT_METRICS.includes(metric))) continue;
    return true;
  }
  return false;
}
