import type { FeatureLine } from '../types';
import type { LineAmounts } from './line-amounts';
import type { TotalsTable } from './totals-table';

/**
 * One product: its days (slots of the shared product×day `TotalsTable`, rolled up into months
 * and the lifetime profile) and the unit prices it sold at. Prices are kept as a histogram to
 * the peso, so the median is exact at that precision while memory grows with distinct prices,
 * not with lines.
 */
export class ProductBucket {
  /** From the latest line that carries each (ties: the greater text), so line order never matters. */
  description: string | null = null;
  category: string | null = null;
  unitType: string | null = null;
  private descriptionAt = Number.NEGATIVE_INFINITY;
  private categoryAt = Number.NEGATIVE_INFINITY;
  private unitTypeAt = Number.NEGATIVE_INFINITY;
  /** day index → slot in the product×day table */
  readonly days = new Map<number, number>();
  /** Σ per-line unit price (cents) and the number of sale lines with a positive quantity. */
  unitPriceSum = 0;
  pricedLines = 0;
  readonly priceCounts = new Map<number, number>();
  private lastDay = Number.NaN;
  private lastSlot = 0;

  constructor(readonly productId: string) {}

  add(line: FeatureLine, amounts: LineAmounts, dayIndex: number, table: TotalsTable): void {
    const at = line.soldAt;
    if (line.description && newer(at, line.description, this.descriptionAt, this.description)) {
      this.description = line.description;
      this.descriptionAt = at;
    }
    if (line.category && newer(at, line.category, this.categoryAt, this.category)) {
      this.category = line.category;
      this.categoryAt = at;
    }
    if (line.unitType && newer(at, line.unitType, this.unitTypeAt, this.unitType)) {
      this.unitType = line.unitType;
      this.unitTypeAt = at;
    }
    let slot = this.lastSlot;
    if (dayIndex !== this.lastDay) {
      const found = this.days.get(dayIndex);
      if (found === undefined) {
        slot = table.newSlot();
        this.days.set(dayIndex, slot);
      } else slot = found;
      this.lastDay = dayIndex;
      this.lastSlot = slot;
    }
    table.add(slot, amounts);
    if (amounts.sign > 0 && amounts.units > 0) {
      const unitPriceCents = Math.round((amounts.revenue * 1000) / amounts.units);
      this.unitPriceSum += unitPriceCents;
      this.pricedLines++;
      const peso = Math.round(unitPriceCents / 100);
      this.priceCounts.set(peso, (this.priceCounts.get(peso) ?? 0) + 1);
    }
  }
}

const newer = (at: number, value: string, keptAt: number, kept: string | null): boolean =>
  at > keptAt || (at === keptAt && kept !== null && value > kept);
