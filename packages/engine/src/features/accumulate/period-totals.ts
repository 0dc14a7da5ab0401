import type { LineAmounts } from './line-amounts';

/**
 * Additive sums of a set of lines (one period, product-day, customer-day...). Money in cents,
 * quantities in thousandths: every field is an integer, so merging days into months is exact.
 */
export class PeriodTotals {
  lines = 0;
  saleLines = 0;
  returnLines = 0;
  /** Σ priceTotal (returns negative). */
  revenue = 0;
  /** Σ priceTotal of sale lines. */
  grossSales = 0;
  /** Σ |priceTotal| of return lines. */
  returned = 0;
  units = 0;
  saleUnits = 0;
  /** Σ costTotal over lines that have one, and the revenue and turnover (Σ|total|) of those lines. */
  cost = 0;
  revenueWithCost = 0;
  turnoverWithCost = 0;
  costLines = 0;
  discount = 0;
  discountLines = 0;
  commission = 0;
  commissionLines = 0;

  add(a: LineAmounts): void {
    this.lines++;
    this.revenue += a.revenue;
    this.units += a.units;
    if (a.sign > 0) {
      this.saleLines++;
      this.grossSales += a.revenue;
      this.saleUnits += a.units;
    } else if (a.sign < 0) {
      this.returnLines++;
      this.returned -= a.revenue;
    }
    if (a.hasCost) {
      this.cost += a.cost;
      this.revenueWithCost += a.revenue;
      this.turnoverWithCost += a.revenue < 0 ? -a.revenue : a.revenue;
      this.costLines++;
    }
    if (a.hasDiscount) {
      this.discount += a.discount;
      this.discountLines++;
    }
    if (a.hasCommission) {
      this.commission += a.commission;
      this.commissionLines++;
    }
  }

  merge(other: PeriodTotals): this {
    this.lines += other.lines;
    this.saleLines += other.saleLines;
    this.returnLines += other.returnLines;
    this.revenue += other.revenue;
    this.grossSales += other.grossSales;
    this.returned += other.returned;
    this.units += other.units;
    this.saleUnits += other.saleUnits;
    this.cost += other.cost;
    this.revenueWithCost += other.revenueWithCost;
    this.turnoverWithCost += other.turnoverWithCost;
    this.costLines += other.costLines;
    this.discount += other.discount;
    this.discountLines += other.discountLines;
    this.commission += other.commission;
    this.commissionLines += other.commissionLines;
    return this;
  }

  reset(): this {
    this.lines = 0;
    this.saleLines = 0;
    this.returnLines = 0;
    this.revenue = 0;
    this.grossSales = 0;
    this.returned = 0;
    this.units = 0;
    this.saleUnits = 0;
    this.cost = 0;
    this.revenueWithCost = 0;
    this.turnoverWithCost = 0;
    this.costLines = 0;
    this.discount = 0;
    this.discountLines = 0;
    this.commission = 0;
    this.commissionLines = 0;
    return this;
  }

  /** Σ|priceTotal|: the base of cost coverage (net revenue can be 0 or negative). */
  get turnover(): number {
    return this.grossSales + this.returned;
  }
}
