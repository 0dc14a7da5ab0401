import type { AskQuery } from '@ayni/contracts';
import { addDays, monthPeriod, range, toDay } from './calendar';

/** `date` moved by whole months, kept inside its month: 31 March − 1 month is 28 (or 29) February. */
function shiftMonths(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const target = monthPeriod(year, month + months);
  const day = `${target.from.slice(0, 8)}${date.slice(8)}`;
  return day < target.to ? day : target.to;
}

/**
 * A period still running in the data (it ends after the data's last day) compared with a whole
 * one says nothing: five days of December against all of last December. Both are cut to the days
 * the data has, like for like: 1–5 December against 1–5 December (or 1–5 November), the year to
 * date against the same days a year before. Null when the query needs no cut.
 */
export function sameDaysQuery(query: AskQuery, dataThrough: string): AskQuery | null {
  const { period, compare } = query;
  if (period === null || compare === null) return null;
  if (period.to <= dataThrough || period.from > dataThrough || compare.from >= period.from) return null;
  const monthStarts = period.from.endsWith('-01') && compare.from.endsWith('-01');
  const [py, pm] = period.from.split('-').map(Number) as [number, number];
  const [cy, cm] = compare.from.split('-').map(Number) as [number, number];
  // Calendar periods line up by months (leap years included); other ranges by days.
  const end = monthStarts
    ? shiftMonths(dataThrough, cy * 12 + cm - (py * 12 + pm))
    : addDays(compare.from, toDay(dataThrough) - toDay(period.from));
  return {
    ...query,
    period: range(period.from, dataThrough),
    compare: range(compare.from, end < compare.to ? end : compare.to),
  };
}
