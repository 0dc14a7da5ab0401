import type { AskPeriod } from '@ayni/contracts';
import {
  addDays,
  dayPeriod,
  monthPeriod,
  previousPeriod,
  quarterPeriod,
  sameLastYear,
  weekPeriod,
  yearMonth,
  yearPeriod,
} from './calendar';
import { findPeriods } from './periods';

/**
 * The question's main period and the one it is compared with: the first period named is the
 * main one; a second one, or a relation ("vs el mes anterior", "mismo mes del año pasado"), is
 * the comparison. A change asked for with nothing to compare with is against the previous period;
 * with no period at all, the month of `data_through`.
 */
/** A comparison word right before a period: "respecto al 2024", "vs octubre", "since 2024". */
const COMPARED_BEFORE =
  /(?:vs|versus|respecto (?:a|al|de|del)|comparad[oa]s? con|compared (?:to|with)|frente a|contra|since|than|que)(?: (?:el|la|los|las|the|del|de))? *$/;

/** The period of the same grain that holds `dataThrough` (a free range has none). */
export function currentLike(period: AskPeriod, dataThrough: string): AskPeriod | null {
  const [y, m] = yearMonth(dataThrough);
  if (period.grain === 'year') return yearPeriod(y);
  if (period.grain === 'quarter') return quarterPeriod(y, Math.ceil(m / 3));
  if (period.grain === 'month') return monthPeriod(y, m);
  if (period.grain === 'week') return weekPeriod(dataThrough);
  if (period.grain === 'day') return dayPeriod(dataThrough);
  return null;
}

export function resolvePeriods(text: string, dataThrough: string, today = dataThrough) {
  const found = findPeriods(text, dataThrough, today);
  const rest = found.rest;
  // "desde el lunes hasta hoy": the range already runs to now (the data's last day, or today),
  // so "hoy" names no second period.
  const endsToday = found.mentions.some(
    (m) => m.period?.grain === 'range' && (m.period.to === dataThrough || m.period.to === today),
  );
  const mentions = found.mentions.filter(
    (m) =>
      !(
        endsToday &&
        m.period?.grain === 'day' &&
        m.period.from === today &&
        /(?:hasta|until|to|through)(?: el dia de)? *$/.test(text.slice(0, m.at))
      ),
  );
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
      // "¿cuánto hemos crecido respecto al 2024?": the one period named is what now is compared with.
      const only = absolutes.length === 1 && relation === null ? mentions.find((m) => m.period) : undefined;
      if (only?.period && wantsChange && COMPARED_BEFORE.test(text.slice(0, only.at))) {
        const now = currentLike(only.period, dataThrough);
        if (now && now.from > only.period.from) return { period: now, compare: only.period };
      }
      period ??= related?.current ?? monthPeriod(...yearMonth(dataThrough));
      let compare: AskPeriod | null = absolutes[1] ?? null;
      // "la semana antepasada vs la semana pasada": the relation names a period of its own.
      if (compare === null && absolutes.length > 0 && related?.named) compare = related.named;
      if (compare === null && relation === 'last_week')
        compare = { ...period, from: addDays(period.from, -7), to: addDays(period.to, -7) };
      if (compare === null)
        compare =
          relation === 'last_year'
            ? (mentions.find((m) => m.period === period)?.lastYear ?? sameLastYear(period))
            : previousPeriod(period);
      return { period, compare };
    },
  };
}
