import type { DimensionBuckets } from '../accumulate/dimension-bucket';
import { PERIOD_CALENDARS } from '../time/periods';
import type { Nulls } from '../types';
import { sortedByNumber, sortedEntries } from './compare';
import { percent } from './numbers';
import { periodHead } from './period-core';
import { sumMetrics } from './sum-metrics';

/** Share of each category in its month's revenue. Categories count lines, not tickets. */
export function categoryMonthRows(categories: DimensionBuckets) {
  const monthRevenue = new Map<number, number>();
  for (const months of categories.values.values()) {
    for (const [monthIndex, bucket] of months) {
      monthRevenue.set(monthIndex, (monthRevenue.get(monthIndex) ?? 0) + bucket.totals.revenue);
    }
  }
  const rows = [];
  for (const [category, months] of sortedEntries(categories.values)) {
    for (const [monthIndex, bucket] of sortedByNumber(months)) {
      const nulls: Nulls = {};
      const total = monthRevenue.get(monthIndex) ?? 0;
      if (total <= 0) nulls.revenue_share_pct = 'NO_REVENUE';
      rows.push({
        category,
        ...periodHead(PERIOD_CALENDARS.month, monthIndex),
        ...sumMetrics(bucket.totals, nulls),
        revenue_share_pct: total <= 0 ? null : percent(bucket.totals.revenue, total),
        nulls,
      });
    }
  }
  return rows;
}
