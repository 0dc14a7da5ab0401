import { parseDay, weekdayOfDay } from './calendar/days';
import type { TimeInsightInput } from './input';
import { type DailySeries, finite } from './series';

/**
 * Share of a normal day's revenue that must have happened by the last hour with lines for the
 * last day to count as complete. An export taken mid-day leaves a last day that looks like a
 * collapse: it would be flagged as a drop, bend the trend and wreck the forecast's backtest.
 */
export const COMPLETE_DAY_SHARE = 0.9;
/** Same weekdays (else any days) needed to know the normal hour profile. */
const MIN_PROFILE_DAYS = 3;

/**
 * Whether the last day of the series is the last day with lines and, judging by its hours,
 * stopped before a normal day of that weekday would have reached 90 % of its revenue.
 */
export function isPartialLastDay(input: TimeInsightInput, series: DailySeries): boolean {
  const lastIndex = series.revenue.length - 1;
  if (lastIndex < 1) return false;
  if (series.revenue[lastIndex] === 0 && series.tickets[lastIndex] === 0) return false; // no lines that day
  const lastDay = series.firstDay + lastIndex;
  const weekday = weekdayOfDay(lastDay);
  const sameWeekday = new Float64Array(24);
  const anyDay = new Float64Array(24);
  const sameDays = new Set<number>();
  const allDays = new Set<number>();
  let lastHour = -1;
  for (const row of input.levels.day_hour) {
    const day = parseDay(row.period_start);
    if (day === null || day < series.firstDay || day > lastDay || !isHour(row.hour)) continue;
    if (day === lastDay) {
      lastHour = Math.max(lastHour, row.hour);
      continue;
    }
    const revenue = finite(row.revenue);
    anyDay[row.hour] = (anyDay[row.hour] as number) + revenue;
    allDays.add(day);
    if (weekdayOfDay(day) === weekday) {
      sameWeekday[row.hour] = (sameWeekday[row.hour] as number) + revenue;
      sameDays.add(day);
    }
  }
  if (lastHour < 0) return false;
  const profile =
    sameDays.size >= MIN_PROFILE_DAYS ? sameWeekday : allDays.size >= MIN_PROFILE_DAYS ? anyDay : null;
  if (profile === null) return false;
  let total = 0;
  let covered = 0;
  for (let hour = 0; hour < 24; hour++) {
    const value = Math.max(0, profile[hour] as number);
    total += value;
    if (hour <= lastHour) covered += value;
  }
  return total > 0 && covered / total < COMPLETE_DAY_SHARE;
}

/** The series without its last day. */
export const withoutLastDay = (series: DailySeries): DailySeries => ({
  firstDay: series.firstDay,
  revenue: series.revenue.subarray(0, series.revenue.length - 1),
  tickets: series.tickets.subarray(0, series.tickets.length - 1),
});

const isHour = (hour: number): boolean => Number.isInteger(hour) && hour >= 0 && hour <= 23;
