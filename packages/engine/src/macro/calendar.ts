/** ISO-date arithmetic on the civil calendar (UTC math on explicit dates: no clock, no zone). */

const DAY_MS = 86_400_000;

export const toDayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);
/** Calendar days from `start` to `end`, both included. */
export const daysInRange = (start: string, end: string): number => toDayNumber(end) - toDayNumber(start) + 1;
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** `YYYY-MM` plus `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const isoWeekday = (iso: string): number => ((((toDayNumber(iso) + 3) % 7) + 7) % 7) + 1;

/** Monday of ISO week 1 of `isoYear` (the week holding 4 January). */
function isoWeekOneMonday(isoYear: number): string {
  const jan4 = `${isoYear}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4));
}

/**
 * The period compared "with the same period last year", as the engine defines it: the same
 * date, month, quarter or year one year earlier; for ISO weeks the same week number (none when
 * last year had no week 53); a 29 February has none.
 */
export function sameLastYear(
  grain: 'day' | 'week' | 'month' | 'quarter' | 'year',
  start: string,
  end: string,
): { start: string; end: string } | null {
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
  if (grain === 'day') return start.endsWith('-02-29') ? null : { start: shift(start), end: shift(end) };
  if (grain === 'week') {
    const thursday = addDays(start, 3);
    const isoYear = Number(thursday.slice(0, 4));
    const week = Math.floor((toDayNumber(start) - toDayNumber(isoWeekOneMonday(isoYear))) / 7) + 1;
    const weeksLastYear =
      (toDayNumber(isoWeekOneMonday(isoYear)) - toDayNumber(isoWeekOneMonday(isoYear - 1))) / 7;
    if (week > weeksLastYear) return null;
    const monday = addDays(isoWeekOneMonday(isoYear - 1), (week - 1) * 7);
    return { start: monday, end: addDays(monday, 6) };
  }
  // Month, quarter and year end on the last day of a month: last year's end is that month's last day.
  const endMonth = addMonths(monthOf(end), -12);
  return { start: shift(start), end: addDays(`${addMonths(endMonth, 1)}-01`, -1) };
}
