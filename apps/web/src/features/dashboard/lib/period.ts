import type { DashboardSummary } from '@ayni/contracts';

export const PERIODS = ['3', '6', '12', '18', 'all'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 'all';

export interface DateRange {
  from: string;
  to: string;
}

export function parsePeriod(value: string | null | undefined): Period {
  return (PERIODS as readonly string[]).includes(value ?? '') ? (value as Period) : DEFAULT_PERIOD;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The last `period` months ending with `lastMonth` (`YYYY-MM`, the newest month that has data):
 * from its first day to the last day of `lastMonth`. `all` (or no data yet) means no filter.
 */
export function periodRange(period: Period, lastMonth: string | null | undefined): DateRange | null {
  if (period === 'all' || !lastMonth) return null;
  const match = /^(\d{4})-(\d{2})$/.exec(lastMonth);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const months = Number(period);
  return {
    from: isoDate(new Date(Date.UTC(year, month - (months - 1), 1))),
    to: isoDate(new Date(Date.UTC(year, month + 1, 0))),
  };
}

/** Newest month with data in an unfiltered summary, used as the anchor for the period buttons. */
export function lastDataMonth(summary: DashboardSummary | undefined): string | null {
  if (!summary) return null;
  let last: string | null = null;
  for (const point of summary.by_month) if (last === null || point.month > last) last = point.month;
  return last ?? summary.period.to?.slice(0, 7) ?? null;
}
