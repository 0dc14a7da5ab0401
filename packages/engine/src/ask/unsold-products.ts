import type { AskFilters, AskLanguage, AskQuery } from '@ayni/contracts';
import { addDays, previousPeriod, range } from './calendar';
import { SOLD_THEN_NOT_WORDS } from './lexicon-intents';
import type { ParsedQuestion } from './parse-question';
import type { resolvePeriods } from './resolve-periods';

/** Products listed, those that sold most before first. */
const LISTED = 10;
/** With no period named: the last 30 days of data, against the 30 before them. */
const DEFAULT_DAYS = 30;

/**
 * "¿qué productos no se vendieron el mes pasado?": the products sold in the period before it
 * (or the one named second: "en noviembre respecto a octubre") that had no sale in it.
 */
export function unsoldProducts(
  text: string,
  periods: ReturnType<typeof resolvePeriods>,
  dataThrough: string,
  filters: AskFilters,
  currency: AskQuery['currency'],
  language: AskLanguage,
): ParsedQuestion {
  const picked = periods.pick({ wantsChange: false, series: false }).period;
  let period = picked ?? range(addDays(dataThrough, 1 - DEFAULT_DAYS), dataThrough);
  let named = periods.compared ? periods.pick({ wantsChange: true, series: false }).compare : null;
  // "vendí en octubre y no en noviembre": November is the period without the sale.
  if (named && SOLD_THEN_NOT_WORDS.test(text)) [period, named] = [named, period];
  return {
    kind: 'query',
    language,
    confidence: 0.9,
    query: {
      intent: 'segment',
      metric: 'revenue',
      by: 'product',
      period,
      compare: named ?? previousPeriod(period),
      filters: { ...filters, product: null },
      ranking: { order: 'desc', by: 'value', limit: LISTED },
      segment: 'unsold',
      currency,
    },
  };
}
