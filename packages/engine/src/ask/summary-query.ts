import type { AskFilters, AskLanguage, AskMetric, AskQuery } from '@ayni/contracts';
import { addDays, toDay } from './calendar';
import { SUMMARY_NOUN_WORDS, SUMMARY_WORDS } from './lexicon-intents';
import type { ParsedQuestion } from './parse-question';
import type { resolvePeriods } from './resolve-periods';

/**
 * "¿Cómo me fue en noviembre?", "¿qué tal la semana en Providencia?", "resumen del mes": no
 * figure, product, category, customer or time of the week named, at most a branch. The period
 * named (none: the month of the data's last day) against the one before it, or the one named.
 */
export function asksSummary(rest: string, metric: AskMetric | null, filters: AskFilters): boolean {
  const { product, category, customer, unit, weekdays, hours } = filters;
  const sliced = product || category || customer || unit || weekdays !== null || hours !== null;
  const named = metric === null || (metric === 'revenue' && SUMMARY_NOUN_WORDS.test(rest));
  return named && !sliced && SUMMARY_WORDS.test(rest);
}

export function summaryQuery(
  periods: ReturnType<typeof resolvePeriods>,
  filters: AskFilters,
  currency: AskQuery['currency'],
  language: AskLanguage,
): ParsedQuestion {
  const picked = periods.pick({ wantsChange: true, series: false });
  const { period } = picked;
  let compare = picked.compare;
  // A day or a few days ("el sábado", "el finde") against the same days a week before: the days
  // just before them are other weekdays, which sell otherwise.
  const days = period ? toDay(period.to) - toDay(period.from) + 1 : 0;
  if (period && !periods.compared && (period.grain === 'day' || (period.grain === 'range' && days < 7)))
    compare = { ...period, from: addDays(period.from, -7), to: addDays(period.to, -7) };
  return {
    kind: 'query',
    language,
    confidence: 0.9,
    query: {
      intent: 'summary',
      metric: 'revenue',
      by: 'total',
      period,
      compare,
      filters,
      ranking: null,
      segment: null,
      currency,
    },
  };
}
