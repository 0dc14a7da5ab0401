import type { ReportFrequency, ReportPeriodKind } from '@ayni/contracts';

/*
 * Report periods as the feature rows name them (`2025-W48`, `2025-10`, `2025-Q4`, `2025`), their
 * date ranges, the periods they are compared with, and when schedules run. Dates are ISO
 * strings in the company's calendar (America/Santiago), like every feature row.
 */

export interface PeriodRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
const pad = (n: number) => String(n).padStart(2, '0');

/** Monday of ISO week 1 of `year`. */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return jan4 - (weekday - 1) * DAY_MS;
}

/** `2025-W48` of a date. */
export function isoWeekOf(date: string): string {
  const ms = utc(date);
  const weekday = new Date(ms).getUTCDay() || 7;
  const thursday = ms + (4 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

export function periodRange(kind: ReportPeriodKind, period: string): PeriodRange {
  const year = Number(period.slice(0, 4));
  if (kind === 'week') {
    const monday = isoWeekOneMonday(year) + (Number(period.slice(6)) - 1) * 7 * DAY_MS;
    return { from: iso(monday), to: iso(monday + 6 * DAY_MS) };
  }
  const [first, last] =
    kind === 'year'
      ? [1, 12]
      : kind === 'quarter'
        ? [(Number(period.slice(6)) - 1) * 3 + 1, (Number(period.slice(6)) - 1) * 3 + 3]
        : [Number(period.slice(5, 7)), Number(period.slice(5, 7))];
  return { from: `${year}-${pad(first)}-01`, to: iso(Date.UTC(year, last, 0)) };
}

/** The period right before. */
export function previousPeriod(kind: ReportPeriodKind, period: string): string {
  const { from } = periodRange(kind, period);
  return periodOf(kind, iso(utc(from) - DAY_MS));
}

/** The same period a year earlier (the same ISO week number for weeks). */
export function lastYearPeriod(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

/** The period of `kind` that contains a date. */
export function periodOf(kind: ReportPeriodKind, date: string): string {
  if (kind === 'week') return isoWeekOf(date);
  if (kind === 'year') return date.slice(0, 4);
  if (kind === 'quarter') return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
  return date.slice(0, 7);
}

/** Today's date in Chile. */
export function localDate(nowMs: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(new Date(nowMs));
}

/** The last whole week (Monday–Sunday) or month before today in Chile. */
export function lastCompletePeriod(
  frequency: ReportFrequency,
  nowMs: number,
): { kind: ReportPeriodKind; period: string } {
  const kind = frequency === 'weekly' ? 'week' : 'month';
  return { kind, period: previousPeriod(kind, periodOf(kind, localDate(nowMs))) };
}

/** Hour (UTC) schedules run at: 11:00 UTC is 08:00 in Chilean summer, 07:00 in winter. */
const RUN_HOUR_UTC = 11;

/** Next Monday (weekly) or next 1st of the month (monthly) at the run hour, strictly after now. */
export function nextRunAt(frequency: ReportFrequency, nowMs: number): Date {
  const today = localDate(nowMs);
  let day = utc(today) + DAY_MS;
  if (frequency === 'weekly') {
    while (new Date(day).getUTCDay() !== 1) day += DAY_MS;
  } else {
    const d = new Date(utc(today));
    day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return new Date(day + RUN_HOUR_UTC * 3_600_000);
}
