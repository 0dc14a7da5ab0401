import type { FeatureSort, LineSliceSums, WeekHourSums } from '@ayni/db';
import {
  centsOf,
  money,
  moneyPer,
  percent,
  quantity,
  type SumView,
  share,
  thousandthsOf,
  ticketView,
} from './breakdown-math';
import type { Nulls } from './breakdown-query';

/*
 * Rows of a slice of lines (sums straight from sale_lines, see sumLineSlices) in the shapes the
 * breakdown endpoints answer, computed as the engine's writeSums / ticket metrics compute a row:
 * integer cents and thousandths, the same roundings, the same null reasons. Unlike summed monthly
 * rows, the lines give every ratio exactly (cost coverage and unit price included).
 */

export function sliceSumView(s: LineSliceSums, nulls: Nulls): SumView {
  const revenueWithCost = centsOf(s.revenueWithCost);
  const cost = centsOf(s.cost);
  const gross = centsOf(s.grossSales);
  const returned = centsOf(s.returned);
  const turnover = gross + returned;
  const hasCost = s.costLines > 0;
  if (!hasCost) {
    nulls.cost = 'NO_COST_DATA';
    nulls.gross_margin = 'NO_COST_DATA';
    nulls.margin_pct = 'NO_COST_DATA';
  } else if (revenueWithCost === 0) nulls.margin_pct = 'NO_REVENUE';
  if (turnover === 0) nulls.cost_coverage_pct = 'NO_REVENUE';
  if (s.discountLines === 0) nulls.discount = 'NO_DISCOUNT_DATA';
  if (s.commissionLines === 0) nulls.commission = 'NO_COMMISSION_DATA';
  return {
    revenue: money(centsOf(s.revenue)),
    gross_sales: money(gross),
    returned_amount: money(returned),
    units: quantity(thousandthsOf(s.units)),
    lines: s.lines,
    sale_lines: s.saleLines,
    return_lines: s.returnLines,
    cost: hasCost ? money(cost) : null,
    revenue_with_cost: money(revenueWithCost),
    gross_margin: hasCost ? money(revenueWithCost - cost) : null,
    margin_pct: hasCost && revenueWithCost !== 0 ? percent(revenueWithCost - cost, revenueWithCost) : null,
    cost_coverage_pct: turnover === 0 ? null : percent(centsOf(s.turnoverWithCost), turnover),
    discount: s.discountLines === 0 ? null : money(centsOf(s.discount)),
    commission: s.commissionLines === 0 ? null : money(centsOf(s.commission)),
  };
}

/** Σ sale-line totals / Σ sale-line units, to the cent (the engine's avg_unit_price). */
export function sliceUnitPrice(s: LineSliceSums, nulls: Nulls): number | null {
  const saleUnits = thousandthsOf(s.saleUnits);
  if (saleUnits > 0) return moneyPer(centsOf(s.grossSales) * 1000, saleUnits);
  nulls.avg_unit_price = 'NO_UNITS';
  return null;
}

/** Transactions, returns and the ratios over them. */
export function sliceTickets(s: LineSliceSums, sums: SumView, nulls: Nulls) {
  const tickets = ticketView(
    centsOf(s.revenue),
    thousandthsOf(s.units),
    sums.sale_lines,
    s.transactions,
    nulls,
  );
  return { transactions: s.transactions, returns: s.returns, ...tickets };
}

/** Each slice's revenue share of all the slices' revenue. */
export function sliceShares(slices: readonly LineSliceSums[]) {
  const total = slices.reduce((sum, s) => sum + centsOf(s.revenue), 0);
  return (s: LineSliceSums, nulls: Nulls) => share(centsOf(s.revenue), total, nulls);
}

/**
 * Sorted and paged in memory, as the stored aggregates are in SQL: by the field (nulls last in
 * both directions), then by the entity key ascending.
 */
export function sortAndPage<T extends Record<string, unknown>>(
  items: T[],
  sort: FeatureSort,
  entityOf: (item: T) => string,
  page: { limit: number; offset: number },
): T[] {
  const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...items].sort((a, b) => {
    const va = a[sort.by] as number | string | null | undefined;
    const vb = b[sort.by] as number | string | null | undefined;
    if (va !== vb) {
      if (va === null || va === undefined) return 1;
      if (vb === null || vb === undefined) return -1;
      const order = typeof va === 'string' ? compareKeys(va, vb as string) : va - (vb as number);
      if (order !== 0) return sort.descending ? -order : order;
    }
    return compareKeys(entityOf(a), entityOf(b));
  });
  return sorted.slice(page.offset, page.offset + page.limit);
}

/** A cell of a sliced grid in the shape of the stored day_hour rows summed (`rows`: days). */
export const weekHourOfSlice = (cell: LineSliceSums): WeekHourSums => ({
  weekday: cell.weekday as number,
  hour: cell.hour as number,
  rows: cell.days,
  sums: {
    revenue: cell.revenue,
    units: cell.units,
    transactions: String(cell.transactions),
    returns: String(cell.returns),
    lines: String(cell.lines),
  },
});
