import type { PeriodTotals } from '../accumulate/period-totals';
import type { Nulls } from '../types';
import { money, moneyPer, percent, quantity } from './numbers';
import type { PeriodHead } from './period-heads';
import { sumMetrics } from './sum-metrics';
import { type TicketCounts, ticketMetrics } from './ticket-metrics';

/*
 * Rows of the big levels (product×day is ~800k rows for a million lines), each written as one
 * object literal with every field: V8 then gives all rows of a level one compact shape.
 * Spreads and Object.assign were several times slower and left rows in dictionary mode.
 */

/**
 * The nulls of a big-level row depend only on which of these holds, so rows share one frozen
 * object per combination (at most 128) instead of carrying ~1M small objects of their own.
 */
const NO_COST = 1;
const NO_REVENUE_WITH_COST = 2;
const NO_TURNOVER = 4;
const NO_DISCOUNT = 8;
const NO_COMMISSION = 16;
const NO_UNITS = 32;
const NO_TRANSACTIONS = 64;
const sharedNulls: (Readonly<Nulls> | undefined)[] = [];

function nullsOf(t: PeriodTotals, tickets: TicketCounts | null): Readonly<Nulls> {
  let bits = 0;
  if (t.costLines === 0) bits |= NO_COST;
  else if (t.revenueWithCost === 0) bits |= NO_REVENUE_WITH_COST;
  if (t.turnover === 0) bits |= NO_TURNOVER;
  if (t.discountLines === 0) bits |= NO_DISCOUNT;
  if (t.commissionLines === 0) bits |= NO_COMMISSION;
  if (tickets === null && t.saleUnits <= 0) bits |= NO_UNITS;
  if (tickets !== null && tickets.transactions === 0) bits |= NO_TRANSACTIONS;
  let nulls = sharedNulls[bits];
  if (nulls === undefined) {
    // The same reasons, in the same order, as sumMetrics, avgUnitPrice and ticketMetrics give.
    const scratch: Nulls = {};
    sumMetrics(t, scratch);
    if (bits & NO_UNITS) scratch.avg_unit_price = 'NO_UNITS';
    if (bits & NO_TRANSACTIONS) ticketMetrics(t, { transactions: 0, returns: 0 }, scratch);
    nulls = Object.freeze(scratch);
    sharedNulls[bits] = nulls;
  }
  return nulls;
}

/** Σ sale-line totals / Σ sale-line units (returns excluded): what a unit sold for. */
export function avgUnitPrice(totals: PeriodTotals, nulls: Nulls): number | null {
  if (totals.saleUnits > 0) return moneyPer(totals.grossSales * 1000, totals.saleUnits);
  nulls.avg_unit_price = 'NO_UNITS';
  return null;
}

export function productPeriodRow(productId: string, head: PeriodHead, t: PeriodTotals) {
  // Every field computed here, as sumMetrics does, in one literal: this runs 800k times.
  const hasCost = t.costLines > 0;
  const turnover = t.grossSales + t.returned;
  return {
    product_id: productId,
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
    revenue: money(t.revenue),
    gross_sales: money(t.grossSales),
    returned_amount: money(t.returned),
    units: quantity(t.units),
    lines: t.lines,
    sale_lines: t.saleLines,
    return_lines: t.returnLines,
    cost: hasCost ? money(t.cost) : null,
    revenue_with_cost: money(t.revenueWithCost),
    gross_margin: hasCost ? money(t.revenueWithCost - t.cost) : null,
    margin_pct:
      hasCost && t.revenueWithCost !== 0 ? percent(t.revenueWithCost - t.cost, t.revenueWithCost) : null,
    cost_coverage_pct: turnover === 0 ? null : percent(t.turnoverWithCost, turnover),
    discount: t.discountLines === 0 ? null : money(t.discount),
    commission: t.commissionLines === 0 ? null : money(t.commission),
    avg_unit_price: t.saleUnits > 0 ? moneyPer(t.grossSales * 1000, t.saleUnits) : null,
    nulls: nullsOf(t, null),
  };
}

/** product×month rows also say on how many days the product sold. */
export function productMonthRow(productId: string, head: PeriodHead, totals: PeriodTotals, daysSold: number) {
  const s = sumMetrics(totals, null);
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
    avg_unit_price: totals.saleUnits > 0 ? moneyPer(totals.grossSales * 1000, totals.saleUnits) : null,
    nulls: nullsOf(totals, null),
  };
}

export function customerPeriodRow(
  customerId: string,
  head: PeriodHead,
  totals: PeriodTotals,
  tickets: TicketCounts,
) {
  const s = sumMetrics(totals, null);
  const t = ticketMetrics(totals, tickets, null);
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
    nulls: nullsOf(totals, tickets),
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
  const s = sumMetrics(totals, null);
  const t = ticketMetrics(totals, tickets, null);
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
    nulls: nullsOf(totals, tickets),
  };
}
