import type { FeatureLine } from '../types';
import type { DayBucket } from './day-bucket';
import { grownInt32 } from './growable';
import type { LineAmounts } from './line-amounts';
import { PairIndex } from './pair-index';
import { ProductMonths } from './product-months';
import { TotalsTable } from './totals-table';

/**
 * Every product, by interned id: its days (cells of the product×day index, whose sums live in
 * one `TotalsTable`, rolled up into months and the lifetime profile when rows are built), its
 * latest description, category and unit, and the unit prices it sold at. Prices are kept as a
 * histogram to the peso ((product, peso) cells with a count), so the median is exact at that
 * precision while memory grows with distinct prices, not with lines.
 */
export class ProductTable {
  /**
   * From the latest line that carries each (ties: the greater text), so line order never matters.
   * Equal text is not stored again: every line brings strings of its own, and storing each
   * would keep young strings alive from old arrays.
   */
  readonly description: (string | null)[] = [];
  readonly category: (string | null)[] = [];
  readonly unitType: (string | null)[] = [];
  private readonly descriptionAt: number[] = [];
  private readonly categoryAt: number[] = [];
  private readonly unitTypeAt: number[] = [];
  /** Σ per-line unit price (cents) and the number of sale lines with a positive quantity. */
  readonly unitPriceSum: number[] = [];
  readonly pricedLines: number[] = [];
  /**
   * (product, day id) → cell, also the slot of `totals`. Cells lie in order of their first line,
   * so with lines in time order a line writes next to the lines just before it (a day's cells
   * are together); product pages instead cost a cache miss on most lines. The rows, which read
   * a product's days together, first `touch` them in one pass.
   */
  days = new PairIndex();
  totals = new TotalsTable();
  /** Set once the day cells were folded into months (`foldDays`); then lines go there. */
  folded: ProductMonths | null = null;
  /** (product, unit price in pesos) → `priceLines[cell]` sale lines at that price. */
  readonly prices = new PairIndex();
  priceLines = new Int32Array(256);

  get size(): number {
    return this.description.length;
  }

  /** `product`: its interned id (ids come in order: a new one is `size`). */
  add(product: number, line: FeatureLine, amounts: LineAmounts, day: DayBucket): void {
    if (product === this.description.length) this.push();
    const at = line.soldAt;
    const description = line.description;
    if (
      description &&
      newer(at, description, this.descriptionAt[product] as number, this.description[product])
    ) {
      if (description !== this.description[product]) this.description[product] = description;
      this.descriptionAt[product] = at;
    }
    const category = line.category;
    if (category && newer(at, category, this.categoryAt[product] as number, this.category[product])) {
      if (category !== this.category[product]) this.category[product] = category;
      this.categoryAt[product] = at;
    }
    const unitType = line.unitType;
    if (unitType && newer(at, unitType, this.unitTypeAt[product] as number, this.unitType[product])) {
      if (unitType !== this.unitType[product]) this.unitType[product] = unitType;
      this.unitTypeAt[product] = at;
    }
    if (this.folded !== null) this.folded.add(product, amounts, day);
    else {
      let cell = this.days.find(product, day.id);
      if (cell < 0) {
        cell = this.days.insert(product, day.id);
        this.totals.newSlot();
      }
      this.totals.add(cell, amounts);
    }
    if (amounts.sign > 0 && amounts.units > 0) {
      const unitPriceCents = Math.round((amounts.revenue * 1000) / amounts.units);
      this.unitPriceSum[product] = (this.unitPriceSum[product] as number) + unitPriceCents;
      this.pricedLines[product] = (this.pricedLines[product] as number) + 1;
      const peso = Math.round(unitPriceCents / 100);
      let cell = this.prices.find(product, peso);
      if (cell < 0) {
        cell = this.prices.insert(product, peso);
        this.priceLines = grownInt32(this.priceLines, cell + 1);
      }
      this.priceLines[cell] = (this.priceLines[cell] as number) + 1;
    }
  }

  /**
   * Folds the product × day cells into product × month cells (`days`: the accumulator's days by
   * id) and sends every later line there: product × day rows can no longer be built, product ×
   * month rows and profiles stay exact, and memory stops growing with days.
   */
  foldDays(days: readonly DayBucket[]): void {
    if (this.folded !== null) return;
    const months = new ProductMonths();
    for (let cell = 0; cell < this.days.size; cell++) {
      months.addDay(
        this.days.a[cell] as number,
        days[this.days.b[cell] as number] as DayBucket,
        this.totals,
        cell,
      );
    }
    this.folded = months;
    this.days = new PairIndex();
    this.totals = new TotalsTable();
  }

  private push(): void {
    this.description.push(null);
    this.category.push(null);
    this.unitType.push(null);
    this.descriptionAt.push(Number.NEGATIVE_INFINITY);
    this.categoryAt.push(Number.NEGATIVE_INFINITY);
    this.unitTypeAt.push(Number.NEGATIVE_INFINITY);
    this.unitPriceSum.push(0);
    this.pricedLines.push(0);
  }
}

const newer = (at: number, value: string, keptAt: number, kept: string | null | undefined): boolean =>
  at > keptAt || (at === keptAt && kept != null && value > kept);
