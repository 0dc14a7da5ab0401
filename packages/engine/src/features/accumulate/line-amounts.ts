import type { FeatureLine } from '../types';

/**
 * The amounts of one line as integers: money in cents (CLP may carry decimals like 1234.56),
 * quantities in thousandths (kg to the gram). Integer sums are exact, so a million lines add up
 * to the peso; floats would drift. One instance is reused for every line (no allocation).
 */
export class LineAmounts {
  revenue = 0;
  units = 0;
  /** +1 sale (total > 0), −1 return (total < 0), 0 neither (free item). */
  sign = 0;
  hasCost = false;
  cost = 0;
  hasDiscount = false;
  discount = 0;
  hasCommission = false;
  commission = 0;

  read(line: FeatureLine): this {
    this.revenue = toCents(line.priceTotal);
    this.units = Math.round(line.quantity * 1000) + 0;
    this.sign = this.revenue > 0 ? 1 : this.revenue < 0 ? -1 : 0;
    const cost = line.costTotal;
    this.hasCost = cost !== null && Number.isFinite(cost);
    this.cost = this.hasCost ? toCents(cost as number) : 0;
    const discount = line.discountTotal;
    this.hasDiscount = discount !== null && Number.isFinite(discount);
    this.discount = this.hasDiscount ? toCents(discount as number) : 0;
    const commission = line.commission;
    this.hasCommission = commission !== null && commission !== undefined && Number.isFinite(commission);
    this.commission = this.hasCommission ? toCents(commission as number) : 0;
    return this;
  }
}

/** Cents of an amount; `+ 0` turns −0 into 0. Non-finite amounts count as 0. */
export const toCents = (amount: number): number =>
  Number.isFinite(amount) ? Math.round(amount * 100) + 0 : 0;
