import type { FeatureLine } from '../types';
import { grownInt32 } from './growable';
import type { LineAmounts } from './line-amounts';
import { PairIndex } from './pair-index';
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
  /** (product, day id) → cell; `slotOf[cell]`: its slot in `totals`. */
  readonly days = new PairIndex();
  slotOf = new Int32Array(1024);
  /**
   * Product×day sums, in pages of PAGE slots per product: a product's days lie together, so
   * its rows and the roll-up into months read memory in order instead of one cache miss a day.
   * `slotProduct` / `slotDay`: the product (−1: a page's unused slot) and day id of each slot.
   */
  readonly totals = new TotalsTable();
  slotProduct = new Int32Array(1024).fill(-1);
  slotDay = new Int32Array(1024);
  private pageNext = new Int32Array(64);
  private pageEnd = new Int32Array(64);
  /** (product, unit price in pesos) → `priceLines[cell]` sale lines at that price. */
  readonly prices = new PairIndex();
  priceLines = new Int32Array(256);

  get size(): number {
    return this.description.length;
  }

  /** `product`: its interned id (ids come in order: a new one is `size`). */
  add(product: number, line: FeatureLine, amounts: LineAmounts, dayId: number): void {
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
    let cell = this.days.find(product, dayId);
    let slot: number;
    if (cell < 0) {
      cell = this.days.insert(product, dayId);
      slot = this.newSlot(product, dayId);
      this.slotOf = grownInt32(this.slotOf, cell + 1);
      this.slotOf[cell] = slot;
    } else slot = this.slotOf[cell] as number;
    this.totals.add(slot, amounts);
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

  private newSlot(product: number, dayId: number): number {
    if (product >= this.pageNext.length) {
      this.pageNext = grownInt32(this.pageNext, product + 1);
      this.pageEnd = grownInt32(this.pageEnd, product + 1);
    }
    let slot = this.pageNext[product] as number;
    if (slot === this.pageEnd[product]) {
      slot = this.totals.newSlots(PAGE);
      this.pageEnd[product] = slot + PAGE;
      this.slotProduct = grownInt32(this.slotProduct, slot + PAGE, -1);
      this.slotDay = grownInt32(this.slotDay, slot + PAGE);
    }
    this.pageNext[product] = slot + 1;
    this.slotProduct[slot] = product;
    this.slotDay[slot] = dayId;
    return slot;
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

/** Slots per page: 16 days of a product, 1.6 KB. */
const PAGE = 16;

const newer = (at: number, value: string, keptAt: number, kept: string | null | undefined): boolean =>
  at > keptAt || (at === keptAt && kept != null && value > kept);
