import type { AskDimension, AskFilters, AskLanguage, AskMetric, AskQuery } from '@ayni/contracts';
import type { ParsedQuestion } from './parse-question';
import type { resolvePeriods } from './resolve-periods';

/** What a list that is no ranking of the catalog's figures asks: its kind, figure and breakdown. */
interface SegmentKind {
  segment: 'baskets' | 'largest_tickets';
  metric: AskMetric;
  by: AskDimension;
}

/** A segment query over the period named (none: all the data), its filters kept for the guard. */
export function segmentQuery(
  kind: SegmentKind,
  periods: ReturnType<typeof resolvePeriods>,
  filters: AskFilters,
  currency: AskQuery['currency'],
  limit: number,
  language: AskLanguage,
): ParsedQuestion {
  return {
    kind: 'query',
    language,
    confidence: 0.9,
    query: {
      intent: 'segment',
      metric: kind.metric,
      by: kind.by,
      period: periods.pick({ wantsChange: false, series: false }).period,
      compare: null,
      filters,
      ranking: { order: 'desc', by: 'value', limit },
      segment: kind.segment,
      currency,
    },
  };
}

/**
 * "¿Qué productos se venden juntos?", "¿qué se lleva con la marraqueta?": the pairs of products
 * found in the same tickets (of one product when named). The pairs are the insights', over all
 * the data: a period named is kept in the query, so the server says it cannot apply it.
 */
export function basketQuery(
  periods: ReturnType<typeof resolvePeriods>,
  filters: AskFilters,
  currency: AskQuery['currency'],
  /** Pairs listed: as many as asked ("top 10"), else a short answer (the insights page lists all). */
  limit: number,
  language: AskLanguage,
): ParsedQuestion {
  const kind = { segment: 'baskets', metric: 'transactions', by: 'product' } as const;
  return segmentQuery(kind, periods, filters, currency, limit, language);
}
