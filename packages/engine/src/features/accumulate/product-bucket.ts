import type { FeatureLine } from '../types';
import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * One product: its days (product×day, rolled up into months and the lifetime profile) and the
 * unit prices it sold at. Prices are kept as a histogram to the peso, so the median is exact
 * at that precision while memory grows with distinct prices, not with lines.
 */
export class ProductBucket {
  description: string | null = null;
  category: string | null = null;
  unitType: string | null = null;
  readonly days = new Map<number, PeriodTotals>();
  /** Σ per-line unit price (cents) and the number of sale lines with a positive quantity. */
  unitPriceSum = 0;
  pricedLines = 0;
  readonly priceCounts = new Map<number, number>();

  constructor(readonly productId: string) {}

  add(line: FeatureLine, amounts: LineAmounts, dayIndex: number): void {
    if (line.description !== null) this.description = line.description;
    if (line.category !== null) this.category = line.category;
    if (line.unitType !== null) this.unitType = line.unitType;
    let totals = this.days.get(dayIndex);
    if (totals === undefined) {
      totals = new PeriodTotals();
      this.days.set(dayIndex, totals);
    }
    totals.add(amounts);
    if (amounts.sign > 0 && amounts.units > 0) {
      const unitPriceCents = Math.round((amounts.revenue * 1000) / amounts.units);
      this.unitPriceSum += unitPriceCents;
      this.pricedLines++;
      const peso = Math.round(unitPriceCents / 100);
      this.priceCounts.set(peso, (this.priceCounts.get(peso) ?? 0) + 1);
    }
  }
}
