import type { AskFilters, AskLanguage, AskQuery } from '@ayni/contracts';
import type { ParsedQuestion } from './parse-question';
import type { resolvePeriods } from './resolve-periods';

/** Pairs listed by default: a short answer; the insights page lists them all. */
const LISTED = 5;

/**
 * "¿Qué productos se venden juntos?", "¿qué se lleva con la marraqueta?": the pairs of products
 * found in the same tickets (of one product when named). The pairs are the insights', over all
 * the data: a period named is kept in the query, so the server says it cannot apply it.
 */
export function basketQuery(
  periods: ReturnType<typeof resolvePeriods>,
  filters: AskFilters,
  currency: AskQuery['currency'],
  limit: number | null,
  language: AskLanguage,
): ParsedQuestion {
  return {
    kind: 'query',
    language,
    confidence: 0.9,
    query: {
      intent: 'segment',
      metric: 'transactions',
      by: 'product',
      period: periods.pick({ wantsChange: false, series: false }).period,
      compare: null,
      filters,
      ranking: { order: 'desc', by: 'value', limit: limit ?? LISTED },
      segment: 'baskets',
      currency,
    },
  };
}
