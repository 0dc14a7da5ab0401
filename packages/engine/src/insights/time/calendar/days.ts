import { civilFromDays, daysFromCivil } from '../../../ingest/values/calendar';

/**
 * Dates as day indices (days since 1970-01-01): plain integers, no `Date`, no clock.
 * ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
 */
export const dayIndex = (year: number, month: number, day: number): number => daysFromCivil(year, month, day);

export const weekdayOfDay = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

export const civilOf = civilFromDays;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function dateOf(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
}

/** Day index of a 'YYYY-MM-DD' date, or null when the text is not a real date. */
export function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const index = daysFromCivil(year, month, day);
  const back = civilFromDays(index);
  return back.month === month && back.day === day ? index : null;
}

/** The `n`-th (1-based) `weekday` of a month, e.g. the 4th Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  const first = daysFromCivil(year, month, 1);
  const offset = (weekday - weekdayOfDay(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}
