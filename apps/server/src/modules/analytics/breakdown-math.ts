import type { FeatureAggregate } from '@ayni/db';

/*
 * Ratios of summed feature rows, with the engine's rounding rules
 * (packages/engine/src/features/rows/numbers.ts, not exported): sums are turned back into the
 * engine's integers (cents, thousandths) and divided exactly as the engine divides them, so a
 * range of one month gives the stored month's figures to the cent.
 */

type Nulls = Record<string, string>;

/** Null reason of a ratio the stored monthly sums cannot give exactly for a range of months. */
export const NOT_DERIVABLE = 'NOT_DERIVABLE_FOR_RANGE';

const money = (cents: number): number => cents / 100 + 0;
const quantity = (thousandths: number): number => thousandths / 1000 + 0;
export const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
};
export const moneyPer = (cents: number, count: number): number => Math.round(cents / count) / 100 + 0;
export const percent = (part: number, whole: number): number => roundTo((part / whole) * 100, 2);

/** Numeric text (an SQL sum) → integer cents / thousandths / count. */
export const centsOf = (text: string | null | undefined): number =>
  text === null || text === undefined ? 0 : Math.round(Number(text) * 100) + 0;
export const thousandthsOf = (text: string | null | undefined): number =>
  text === null || text === undefined ? 0 : Math.round(Number(text) * 1000) + 0;
export const countOf = (text: string | null | undefined): number =>
  text === null || text === undefined ? 0 : Math.round(Number(text));

/** A value stored per row, exact only when one row was summed (the range is one month). */
function single(agg: FeatureAggregate, name: string): number | null {
  return agg.rows === 1 && (agg.present[name] ?? 0) > 0 ? Number(agg.sums[name]) : null;
}

export interface SumView {
  revenue: number;
  gross_sales: number;
  returned_amount: number;
  units: number;
  lines: number;
  sale_lines: number;
  return_lines: number;
  cost: number | null;
  revenue_with_cost: number;
  gross_margin: number | null;
  margin_pct: number | null;
  cost_coverage_pct: number | null;
  discount: number | null;
  commission: number | null;
}

/** The additive fields every aggregated row needs summed (and the per-row ones read back). */
export const SUM_FIELDS = [
  'revenue',
  'gross_sales',
  'returned_amount',
  'units',
  'lines',
  'sale_lines',
  'return_lines',
  'cost',
  'revenue_with_cost',
  'discount',
  'commission',
  // Not additive: read back only when a single row was summed.
  'cost_coverage_pct',
] as const;

/**
 * Sums and margins as the engine's writeSums computes them. cost_coverage_pct needs the
 * turnover of the lines with a cost, which rows do not store: it is exact for one month, and
 * when the range has no return line (then that turnover is revenue_with_cost) or no cost at all.
 */
export function sumView(agg: FeatureAggregate, nulls: Nulls): SumView {
  const s = agg.sums;
  const hasCost = (agg.present.cost ?? 0) > 0;
  const revenueWithCost = centsOf(s.revenue_with_cost);
  const cost = centsOf(s.cost);
  const gross = centsOf(s.gross_sales);
  const returned = centsOf(s.returned_amount);
  const turnover = gross + returned;
  const returnLines = countOf(s.return_lines);
  if (!hasCost) {
    nulls.cost = 'NO_COST_DATA';
    nulls.gross_margin = 'NO_COST_DATA';
    nulls.margin_pct = 'NO_COST_DATA';
  } else if (revenueWithCost === 0) nulls.margin_pct = 'NO_REVENUE';
  let coverage: number | null = null;
  if (turnover === 0) nulls.cost_coverage_pct = 'NO_REVENUE';
  else if (agg.rows === 1) coverage = single(agg, 'cost_coverage_pct');
  else if (!hasCost) coverage = 0;
  else if (returnLines === 0) coverage = percent(revenueWithCost, turnover);
  else nulls.cost_coverage_pct = NOT_DERIVABLE;
  const hasDiscount = (agg.present.discount ?? 0) > 0;
  if (!hasDiscount) nulls.discount = 'NO_DISCOUNT_DATA';
  const hasCommission = (agg.present.commission ?? 0) > 0;
  if (!hasCommission) nulls.commission = 'NO_COMMISSION_DATA';
  return {
    revenue: money(centsOf(s.revenue)),
    gross_sales: money(gross),
    returned_amount: money(returned),
    units: quantity(thousandthsOf(s.units)),
    lines: countOf(s.lines),
    sale_lines: countOf(s.sale_lines),
    return_lines: returnLines,
    cost: hasCost ? money(cost) : null,
    revenue_with_cost: money(revenueWithCost),
    gross_margin: hasCost ? money(revenueWithCost - cost) : null,
    margin_pct: hasCost && revenueWithCost !== 0 ? percent(revenueWithCost - cost, revenueWithCost) : null,
    cost_coverage_pct: coverage,
    discount: hasDiscount ? money(centsOf(s.discount)) : null,
    commission: hasCommission ? money(centsOf(s.commission)) : null,
  };
}

/**
 * Σ sale-line totals / Σ sale-line units. Rows store net units only: for several months the
 * sale units are known when every line was a sale (no return and no zero-total line).
 */
export function avgUnitPrice(agg: FeatureAggregate, nulls: Nulls): number | null {
  const s = agg.sums;
  if (agg.rows === 1) {
    const stored = single(agg, 'avg_unit_price');
    if (stored === null) nulls.avg_unit_price = 'NO_UNITS';
    return stored;
  }
  if (countOf(s.lines) !== countOf(s.sale_lines)) {
    nulls.avg_unit_price = NOT_DERIVABLE;
    return null;
  }
  const units = thousandthsOf(s.units);
  if (units <= 0) {
    nulls.avg_unit_price = 'NO_UNITS';
    return null;
  }
  return moneyPer(centsOf(s.gross_sales) * 1000, units);
}

/** Part of the total revenue (cents), null when the total is not positive. */
export function share(revenueCents: number, totalCents: number, nulls: Nulls): number | null {
  if (totalCents <= 0) {
    nulls.revenue_share_pct = 'NO_REVENUE';
    return null;
  }
  return percent(revenueCents, totalCents);
}

/** Tickets are exact sums (a ticket belongs to one month, one branch, one hour). */
export function ticketView(
  revenueCents: number,
  unitsThousandths: number,
  saleLines: number,
  n: number,
  nulls: Nulls,
) {
  if (n === 0) {
    nulls.avg_ticket = 'NO_TRANSACTIONS';
    nulls.units_per_transaction = 'NO_TRANSACTIONS';
    nulls.lines_per_transaction = 'NO_TRANSACTIONS';
  }
  return {
    avg_ticket: n === 0 ? null : moneyPer(revenueCents, n),
    units_per_transaction: n === 0 ? null : roundTo(unitsThousandths / 1000 / n, 3),
    lines_per_transaction: n === 0 ? null : roundTo(saleLines / n, 2),
  };
}

export { money, quantity };
