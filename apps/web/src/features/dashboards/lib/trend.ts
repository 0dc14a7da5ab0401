import type { MetricPeriod } from '@ayni/contracts';
import { num, reasonOf } from './kpi';
import { type DateRange, periodKeyLastYear } from './period';

export interface TrendPoint {
  period: string;
  start: string;
  value: number | null;
  /** Why `value` is null. */
  reason: string | null;
  lastYear: number | null;
  lastYearReason: string | null;
}

/**
 * The periods overlapping `range`, oldest first, each with the same period one year before
 * (missing periods are null with `NO_SAME_PERIOD_LAST_YEAR`, never 0).
 */
export function trendPoints(rows: readonly MetricPeriod[], range: DateRange, field: string): TrendPoint[] {
  const byKey = new Map(rows.map((row) => [row.period, row]));
  return rows
    .filter((row) => row.period_end >= range.from && row.period_start <= range.to)
    .sort((a, b) => a.period_start.localeCompare(b.period_start))
    .map((row) => {
      const before = byKey.get(periodKeyLastYear(row.period));
      const value = num(row, field);
      const lastYear = before ? num(before, field) : null;
      return {
        period: row.period,
        start: row.period_start,
        value,
        reason: value === null ? reasonOf(row, field) : null,
        lastYear,
        lastYearReason:
          lastYear !== null ? null : before ? reasonOf(before, field) : 'NO_SAME_PERIOD_LAST_YEAR',
      };
    });
}
