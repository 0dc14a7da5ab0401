import { PairIndex } from '../accumulate/pair-index';
import { TotalsTable } from '../accumulate/totals-table';
import type { DayCalendar } from './day-calendar';

/** Entity×day sums as stored: slot → entity (−1: unused) and day id, sums in `totals`. */
export interface DaySlots {
  size: number;
  entity: ArrayLike<number>;
  dayId: ArrayLike<number>;
  /** Sums per slot; or null when only lifetimes were summed, in `lifetimes`. */
  totals: TotalsTable | null;
  /** Without `totals`: the sums per entity (slot = entity), and per slot nonzero for a sale day. */
  lifetimes?: { totals: TotalsTable; saleDays: ArrayLike<number> };
}

/**
 * Entity×day cells (product×day, customer×day) rolled up into entity×month cells and one
 * lifetime slot per entity, with the days that had sale lines. One pass over the day slots in
 * the order they are stored (days in time order, a day's entities together): reading them
 * entity by entity instead would jump across the whole table for every cell, while the month
 * cells a day's entities add to are few enough to stay in cache. Lifetimes are summed from the
 * months, a tenth as many cells as days.
 */
export class Rollup {
  /** (entity, month index) → month cell, also the slot of `monthTotals` */
  readonly months = new PairIndex();
  readonly monthTotals = new TotalsTable();
  /** month cell → days with sale lines; and the same summed per month of `dayCounts` */
  monthSaleDays = new Int32Array(0);
  readonly monthCounts: Int32Array[];
  /** entity → lifetime sums (slot = entity), days with sale lines, first and last of them */
  readonly life: TotalsTable;
  readonly lifeSaleDays: Int32Array;
  readonly firstSale: Float64Array;
  readonly lastSale: Float64Array;
  readonly lifeCounts: Int32Array[];

  /**
   * `dayCounts`: per-day-cell counts to add up too (a customer's distinct tickets per day: their
   * sum over a month over-counts tickets seen on several of its days, which the caller corrects).
   */
  constructor(
    days: DaySlots,
    entities: number,
    calendar: DayCalendar,
    /** slot → a count to sum per month and lifetime too */
    dayCounts: readonly Int32Array[] = [],
  ) {
    const totals = days.totals;
    const lifetimes = days.lifetimes;
    if (totals === null && lifetimes === undefined) throw new Error('day slots without sums of any kind');
    this.life = totals === null ? (lifetimes as NonNullable<typeof lifetimes>).totals : new TotalsTable();
    while (this.life.size < entities) this.life.newSlot();
    this.lifeSaleDays = new Int32Array(entities);
    this.firstSale = new Float64Array(entities).fill(Number.POSITIVE_INFINITY);
    this.lastSale = new Float64Array(entities).fill(Number.NEGATIVE_INFINITY);
    this.lifeCounts = dayCounts.map(() => new Int32Array(entities));
    const months = this.months;
    let monthSaleDays = new Int32Array(1024);
    let monthCounts = dayCounts.map(() => new Int32Array(1024));
    for (let cell = 0; cell < days.size; cell++) {
      const entity = days.entity[cell] as number;
      if (entity < 0) continue;
      const dayId = days.dayId[cell] as number;
      const monthIndex = calendar.monthIndex[dayId] as number;
      let month = months.find(entity, monthIndex);
      if (month < 0) {
        month = months.insert(entity, monthIndex);
        if (totals !== null) this.monthTotals.newSlot();
        if (month === monthSaleDays.length) {
          monthSaleDays = grown(monthSaleDays);
          monthCounts = monthCounts.map(grown);
        }
      }
      let saleDay: boolean;
      if (totals !== null) {
        this.monthTotals.addSlot(month, totals, cell);
        saleDay = totals.saleLines(cell) > 0;
      } else saleDay = (lifetimes as NonNullable<typeof lifetimes>).saleDays[cell] !== 0;
      if (saleDay) {
        monthSaleDays[month] = (monthSaleDays[month] as number) + 1;
        this.lifeSaleDays[entity] = (this.lifeSaleDays[entity] as number) + 1;
        const dayIndex = calendar.dayIndex[dayId] as number;
        if (dayIndex < (this.firstSale[entity] as number)) this.firstSale[entity] = dayIndex;
        if (dayIndex > (this.lastSale[entity] as number)) this.lastSale[entity] = dayIndex;
      }
      for (let i = 0; i < dayCounts.length; i++) {
        const count = (dayCounts[i] as Int32Array)[cell] as number;
        const perMonth = monthCounts[i] as Int32Array;
        perMonth[month] = (perMonth[month] as number) + count;
        const perLife = this.lifeCounts[i] as Int32Array;
        perLife[entity] = (perLife[entity] as number) + count;
      }
    }
    if (totals !== null) {
      for (let month = 0; month < months.size; month++)
        this.life.addSlot(months.a[month] as number, this.monthTotals, month);
    }
    this.monthSaleDays = monthSaleDays;
    this.monthCounts = monthCounts;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
