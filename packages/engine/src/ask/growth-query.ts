import type { AskFilters, AskLanguage, AskMetric, AskPeriod, AskQuery } from '@ayni/contracts';
import { previousPeriod } from './calendar';
import type { ParsedQuestion } from './parse-question';

/**
 * "¿Cuál es mi crecimiento mensual?", "weekly growth": the latest period of that grain (the one
 * holding the data's last day) against the one before it; the server compares a running one
 * over the same days.
 */
export function growthQuery(
  latest: AskPeriod,
  metric: AskMetric,
  filters: AskFilters,
  currency: AskQuery['currency'],
  language: AskLanguage,
): ParsedQuestion {
  return {
    kind: 'query',
    language,
    confidence: 0.9,
    query: {
      intent: 'value',
      metric,
      by: 'total',
      period: latest,
      compare: previousPeriod(latest),
      filters,
      ranking: null,
      segment: null,
      currency,
    },
  };
}
