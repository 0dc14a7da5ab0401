import type { PeriodTotals } from '../accumulate/period-totals';
import type { Nulls } from '../types';
import { moneyPer } from './numbers';
import type { PeriodHead } from './period-heads';
import { sumMetrics } from './sum-metrics';
import { type TicketCounts, ticketMetrics } from './ticket-metrics';

/*
 * Rows of the big levels (product×day is ~800k rows for a million lines), each written as one
 * object literal with every field: V8 then gives all rows of a level one compact shape.
 * Spreads and Object.assign were several times slower and left rows in dictionary mode.
 */

/** Σ sale-line totals / Σ sale-line units (returns excluded): what a unit sold for. */
export function avgUnitPrice(totals: PeriodTotals, nulls: Nulls): number | null {
  if (totals.saleUnits > 0) return moneyPer(totals.grossSales * 1000, totals.saleUnits);
  nulls.avg_unit_price = 'NO_UNITS';
  return null;
}

export function productPeriodRow(productId: string, head: PeriodHead, totals: PeriodTotals) {
  const nulls: Nulls = {};
  const s = sumMetrics(totals, nulls);
  return {
    product_id: productId,
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
    revenue: s.revenue,
    gross_sales: s.gross_sales,
    returned_amount: s.returned_amount,
    units: s.units,
    lines: s.lines,
    sale_lines: s.sale_lines,
    return_lines: s.return_lines,
    cost: s.cost,
    revenue_with_cost: s.revenue_with_cost,
    gross_margin: s.gross_margin,
    margin_pct: s.margin_pct,
    cost_coverage_pct: s.cost_coverage_pct,
    discount: s.discount,
    commission: s.commission,
    avg_unit_price: avgUnitPrice(totals, nulls),
    nulls,
  };
}

/** product×month rows also say on how many days the product sold. */
export function productMonthRow(productId: string, head: PeriodHead, totals: PeriodTotals, daysSold: number) {
  const nulls: Nulls = {};
  const s = sumMetrics(totals, nulls);
  return {
    product_id: productId,
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
    days_sold: daysSold,
    revenue: s.revenue,
    gross_sales: s.gross_sales,
    returned_amount: s.returned_amount,
    units: s.units,
    lines: s.lines,
    sale_lines: s.sale_lines,
    return_lines: s.return_lines,
    cost: s.cost,
    revenue_with_cost: s.revenue_with_cost,
    gross_margin: s.gross_margin,
    margin_pct: s.margin_pct,
    cost_coverage_pct: s.cost_coverage_pct,
    discount: s.discount,
    commission: s.commission,
    avg_unit_price: avgUnitPrice(totals, nulls),
    nulls,
  };
}

export function customerPeriodRow(
  customerId: string,
  head: PeriodHead,
  totals: PeriodTotals,
  tickets: TicketCounts,
) {
  const nulls: Nulls = {};
  const s = sumMetrics(totals, nulls);
  const t = ticketMetrics(totals, tickets, nulls);
  return {
    customer_id: customerId,
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
    revenue: s.revenue,
    gross_sales: s.gross_sales,
    returned_amount: s.returned_amount,
    units: s.units,
    lines: s.lines,
    sale_lines: s.sale_lines,
    return_lines: s.return_lines,
    cost: s.cost,
    revenue_with_cost: s.revenue_with_cost,
    gross_margin: s.gross_margin,
    margin_pct: s.margin_pct,
    cost_coverage_pct: s.cost_coverage_pct,
    discount: s.discount,
    commission: s.commission,
    transactions: t.transactions,
    returns: t.returns,
    avg_ticket: t.avg_ticket,
    units_per_transaction: t.units_per_transaction,
    lines_per_transaction: t.lines_per_transaction,
    nulls,
  };
}

/** customer×month rows also say on how many days the customer bought. */
export function customerMonthRow(
  customerId: string,
  head: PeriodHead,
  totals: PeriodTotals,
  tickets: TicketCounts,
  purchaseDays: number,
) {
  const nulls: Nulls = {};
  const s = sumMetrics(totals, nulls);
  const t = ticketMetrics(totals, tickets, nulls);
  return {
    customer_id: customerId,
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
    purchase_days: purchaseDays,
    revenue: s.revenue,
    gross_sales: s.gross_sales,
    returned_amount: s.returned_amount,
    units: s.units,
    lines: s.lines,
    sale_lines: s.sale_lines,
    return_lines: s.return_lines,
    cost: s.cost,
    revenue_with_cost: s.revenue_with_cost,
    gross_margin: s.gross_margin,
    margin_pct: s.margin_pct,
    cost_coverage_pct: s.cost_coverage_pct,
    discount: s.discount,
    commission: s.commission,
    transactions: t.transactions,
    returns: t.returns,
    avg_ticket: t.avg_ticket,
    units_per_transaction: t.units_per_transaction,
    lines_per_transaction: t.lines_per_transaction,
    nulls,
  };
}
