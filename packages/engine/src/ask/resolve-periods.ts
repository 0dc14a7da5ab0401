import type { AskPeriod } from '@ayni/contracts';
import { addDays, monthPeriod, previousPeriod, sameLastYear, yearMonth } from './calendar';
import { findPeriods } from './periods';

/**
 * The question's main period and the one it is compared with: the first period named is the
 * main one; a second one, or a relation ("vs el mes anterior", "mismo mes del año pasado"), is
 * the comparison. A change asked for with nothing to compare with is against the previous period;
 * with no period at all, the month of `data_through`.
 */
export function resolvePeriods(text: string, dataThrough: string) {
  const { mentions, rest } = findPeriods(text, dataThrough);
  const absolutes = mentions.flatMap((m) => (m.period ? [m.period] : []));
  const related = mentions.find((m) => m.relation);
  const relation = related?.relation ?? null;
  return {
    rest,
    /** A period is named: "what is X" is then a question about the data, not a definition. */
    named: absolutes.length > 0,
    /** Two periods, or one and a relation ("vs el año pasado"): a comparison even with no verb. */
    compared: relation !== null || absolutes.length > 1,
    pick({ wantsChange, series }: { wantsChange: boolean; series: boolean }) {
      let period: AskPeriod | null = absolutes[0] ?? null;
      if (series) return { period, compare: null };
      const comparing = wantsChange || relation !== null || absolutes.length > 1;
      if (!comparing) return { period, compare: null };
      period ??= related?.current ?? monthPeriod(...yearMonth(dataThrough));
      let compare: AskPeriod | null = absolutes[1] ?? null;
      // "la semana antepasada vs la semana pasada": the relation names a period of its own.
      if (compare === null && absolutes.length > 0 && related?.named) compare = related.named;
      if (compare === null && relation === 'last_week')
        compare = { ...period, from: addDays(period.from, -7), to: addDays(period.to, -7) };
      if (compare === null)
        compare = relation === 'last_year' ? sameLastYear(period) : previousPeriod(period);
      return { period, compare };
    },
  };
}
