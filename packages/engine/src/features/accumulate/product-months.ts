import type { DayBucket } from './day-bucket';
import { grownFloat64, grownInt32 } from './growable';
import type { LineAmounts } from './line-amounts';
import { PairIndex } from './pair-index';
import { TotalsTable } from './totals-table';

/** Entity × month sums and the lifetime of each entity, as the product rows read them. */
export interface EntityMonths {
  /** (entity, month index) → month cell, also the slot of `monthTotals` */
  readonly months: PairIndex;
  readonly monthTotals: TotalsTable;
  /** month cell → days with sale lines */
  readonly monthSaleDays: Int32Array;
  /** entity → lifetime sums (slot = entity), days with sale lines, first and last of them */
  readonly life: TotalsTable;
  readonly lifeSaleDays: Int32Array;
  readonly firstSale: Float64Array;
  readonly lastSale: Float64Array;
}

/**
 * Product sums by month instead of by day, for an accumulator that will not be asked for
 * product × day rows: a sum slot (104 bytes) per product × month instead of per product × day,
 * and the month's days with a sale line as bits of one int32, so memory grows with products ×
 * months, never with lines or days. Gives
 * exactly what `Rollup` makes of the day cells: sums are integer cents and thousandths, so
 * adding them by month or by day first comes to the same.
 */
export class ProductMonths {
  private readonly months = new PairIndex();
  private readonly monthTotals = new TotalsTable();
  private monthSaleDays = new Int32Array(1024);
  /** month cell → bit d−1 set when day d of the month had a sale line */
  private monthDayBits = new Int32Array(1024);
  private lifeSaleDays = new Int32Array(64);
  private firstSale = new Float64Array(64).fill(Number.POSITIVE_INFINITY);
  private lastSale = new Float64Array(64).fill(Number.NEGATIVE_INFINITY);

  /** A line of `product` on `day`. */
  add(product: number, amounts: LineAmounts, day: DayBucket): void {
    const month = this.monthCell(product, day.monthIndex);
    this.monthTotals.add(month, amounts);
    if (amounts.sign > 0) this.markSale(product, day, month);
  }

  /** A product × day cell's sums (slot `slot` of `totals`), folded in. */
  addDay(product: number, day: DayBucket, totals: TotalsTable, slot: number): void {
    const month = this.monthCell(product, day.monthIndex);
    this.monthTotals.addSlot(month, totals, slot);
    if (totals.saleLines(slot) > 0) this.markSale(product, day, month);
  }

  /** The months and lifetimes of products 0…entities−1 (lifetimes summed from the months). */
  rollup(entities: number): EntityMonths {
    const life = new TotalsTable();
    for (let entity = 0; entity < entities; entity++) life.newSlot();
    for (let month = 0; month < this.months.size; month++)
      life.addSlot(this.months.a[month] as number, this.monthTotals, month);
    return {
      months: this.months,
      monthTotals: this.monthTotals,
      monthSaleDays: this.monthSaleDays,
      life,
      lifeSaleDays: grownInt32(this.lifeSaleDays, entities),
      firstSale: grownFloat64(this.firstSale, entities, Number.POSITIVE_INFINITY),
      lastSale: grownFloat64(this.lastSale, entities, Number.NEGATIVE_INFINITY),
    };
  }

  private monthCell(product: number, monthIndex: number): number {
    let month = this.months.find(product, monthIndex);
    if (month < 0) {
      month = this.months.insert(product, monthIndex);
      this.monthTotals.newSlot();
      this.monthSaleDays = grownInt32(this.monthSaleDays, month + 1);
      this.monthDayBits = grownInt32(this.monthDayBits, month + 1);
    }
    return month;
  }

  private markSale(product: number, day: DayBucket, month: number): void {
    const bit = 1 << (day.dayOfMonth - 1);
    const bits = this.monthDayBits[month] as number;
    if ((bits & bit) !== 0) return;
    this.monthDayBits[month] = bits | bit;
    this.monthSaleDays[month] = (this.monthSaleDays[month] as number) + 1;
    if (product >= this.lifeSaleDays.length) {
      this.lifeSaleDays = grownInt32(this.lifeSaleDays, product + 1);
      this.firstSale = grownFloat64(this.firstSale, product + 1, Number.POSITIVE_INFINITY);
      this.lastSale = grownFloat64(this.lastSale, product + 1, Number.NEGATIVE_INFINITY);
    }
    this.lifeSaleDays[product] = (this.lifeSaleDays[product] as number) + 1;
    if (day.dayIndex < (this.firstSale[product] as number)) this.firstSale[product] = day.dayIndex;
    if (day.dayIndex > (this.lastSale[product] as number)) this.lastSale[product] = day.dayIndex;
  }
}
