import type { CategoryTable } from '../accumulate/category-table';
import { PeriodTotals } from '../accumulate/period-totals';
import { PERIOD_CALENDARS } from '../time/periods';
import type { Nulls } from '../types';
import { percent } from './numbers';
import { periodHead } from './period-core';
import { sumMetrics } from './sum-metrics';

/**
 * Share of each category in its month's revenue. Categories count lines, not tickets. Months
 * ending before `from` are left out.
 */
export function categoryMonthRows(categories: CategoryTable, from = Number.NEGATIVE_INFINITY) {
  const { months, totals } = categories;
  const monthRevenue = new Map<number, number>();
  for (let cell = 0; cell < months.size; cell++) {
    const monthIndex = months.b[cell] as number;
    monthRevenue.set(monthIndex, (monthRevenue.get(monthIndex) ?? 0) + totals.revenue(cell));
  }
  const { start, cells, b } = months.grouped(categories.values.size);
  const rows = [];
  const bucket = new PeriodTotals();
  for (const id of categories.values.sortedIds()) {
    const category = categories.values.values[id] as string | null;
    for (let i = start[id] as number; i < (start[id + 1] as number); i++) {
      const cell = cells[i] as number;
      const monthIndex = b[i] as number;
      if (PERIOD_CALENDARS.month.end(monthIndex) < from) continue;
      totals.read(cell, bucket);
      const nulls: Nulls = {};
      const total = monthRevenue.get(monthIndex) ?? 0;
      if (total <= 0) nulls.revenue_share_pct = 'NO_REVENUE';
      const head = periodHead(PERIOD_CALENDARS.month, monthIndex);
      const m = sumMetrics(bucket, nulls);
      rows.push({
        category,
        period: head.period,
        period_start: head.period_start,
        period_end: head.period_end,
        revenue: m.revenue,
        gross_sales: m.gross_sales,
        returned_amount: m.returned_amount,
        units: m.units,
        lines: m.lines,
        sale_lines: m.sale_lines,
        return_lines: m.return_lines,
        cost: m.cost,
        revenue_with_cost: m.revenue_with_cost,
        gross_margin: m.gross_margin,
        margin_pct: m.margin_pct,
        cost_coverage_pct: m.cost_coverage_pct,
        discount: m.discount,
        commission: m.commission,
        revenue_share_pct: total <= 0 ? null : percent(bucket.revenue, total),
        nulls,
      });
    }
  }
  return rows;
}
