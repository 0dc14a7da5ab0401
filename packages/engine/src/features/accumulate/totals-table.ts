import type { LineAmounts } from './line-amounts';
import type { PeriodTotals } from './period-totals';

/** Sums of one slot (doubles: integers up to 2^53 are exact), the same as `PeriodTotals`' … */
const REVENUE = 0;
const GROSS_SALES = 1;
const UNITS = 2;
const SALE_UNITS = 3;
const COST = 4;
const REVENUE_WITH_COST = 5;
const TURNOVER_WITH_COST = 6;
const DISCOUNT = 7;
const COMMISSION = 8;
const RETURNED = 9;
const SUMS = 10;
/** … and its line counts (int32). */
const LINES = 0;
const SALE_LINES = 1;
const RETURN_LINES = 2;
const COST_LINES = 3;
const DISCOUNT_LINES = 4;
const COMMISSION_LINES = 5;
const COUNTS = 6;
/** Slots per chunk (2^12): growing never copies what is stored. */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * `PeriodTotals` for many small aggregates (product×day: ~800k of them for a million lines)
 * in chunks of typed arrays instead of one object each: the garbage collector sees a few hundred
 * arrays, not a million objects, and a slot takes 104 bytes (10 doubles, 6 int32s).
 */
export class TotalsTable {
  private readonly sums: Float64Array[] = [];
  private readonly counts: Int32Array[] = [];
  private used = 0;
  /** Sum read by the last `touch` (kept so that its reads are not optimized away). */
  touched = 0;

  get size(): number {
    return this.used;
  }

  newSlot(): number {
    if ((this.used & CHUNK_MASK) === 0) {
      this.sums.push(new Float64Array(SUMS << CHUNK_BITS));
      this.counts.push(new Int32Array(COUNTS << CHUNK_BITS));
    }
    return this.used++;
  }

  /** Adds a line; true when it is the slot's first sale line. */
  add(slot: number, a: LineAmounts): boolean {
    const s = this.sums[slot >>> CHUNK_BITS] as Float64Array;
    const c = this.counts[slot >>> CHUNK_BITS] as Int32Array;
    const o = (slot & CHUNK_MASK) * SUMS;
    const k = (slot & CHUNK_MASK) * COUNTS;
    const revenue = a.revenue;
    c[k + LINES] = (c[k + LINES] as number) + 1;
    s[o + REVENUE] = (s[o + REVENUE] as number) + revenue;
    s[o + UNITS] = (s[o + UNITS] as number) + a.units;
    let firstSale = false;
    if (a.sign > 0) {
      const saleLines = c[k + SALE_LINES] as number;
      firstSale = saleLines === 0;
      c[k + SALE_LINES] = saleLines + 1;
      s[o + GROSS_SALES] = (s[o + GROSS_SALES] as number) + revenue;
      s[o + SALE_UNITS] = (s[o + SALE_UNITS] as number) + a.units;
    } else if (a.sign < 0) {
      c[k + RETURN_LINES] = (c[k + RETURN_LINES] as number) + 1;
      s[o + RETURNED] = (s[o + RETURNED] as number) - revenue;
    }
    if (a.hasCost) {
      s[o + COST] = (s[o + COST] as number) + a.cost;
      s[o + REVENUE_WITH_COST] = (s[o + REVENUE_WITH_COST] as number) + revenue;
      s[o + TURNOVER_WITH_COST] = (s[o + TURNOVER_WITH_COST] as number) + (revenue < 0 ? -revenue : revenue);
      c[k + COST_LINES] = (c[k + COST_LINES] as number) + 1;
    }
    if (a.hasDiscount) {
      s[o + DISCOUNT] = (s[o + DISCOUNT] as number) + a.discount;
      c[k + DISCOUNT_LINES] = (c[k + DISCOUNT_LINES] as number) + 1;
    }
    if (a.hasCommission) {
      s[o + COMMISSION] = (s[o + COMMISSION] as number) + a.commission;
      c[k + COMMISSION_LINES] = (c[k + COMMISSION_LINES] as number) + 1;
    }
    return firstSale;
  }

  /** Adds the sums of `slot` of `from` to this table's `slot` (to roll days up into months). */
  addSlot(slot: number, from: TotalsTable, fromSlot: number): void {
    const s = this.sums[slot >>> CHUNK_BITS] as Float64Array;
    const c = this.counts[slot >>> CHUNK_BITS] as Int32Array;
    const o = (slot & CHUNK_MASK) * SUMS;
    const k = (slot & CHUNK_MASK) * COUNTS;
    const fs = from.sums[fromSlot >>> CHUNK_BITS] as Float64Array;
    const fc = from.counts[fromSlot >>> CHUNK_BITS] as Int32Array;
    const fo = (fromSlot & CHUNK_MASK) * SUMS;
    const fk = (fromSlot & CHUNK_MASK) * COUNTS;
    for (let i = 0; i < SUMS; i++) s[o + i] = (s[o + i] as number) + (fs[fo + i] as number);
    for (let i = 0; i < COUNTS; i++) c[k + i] = (c[k + i] as number) + (fc[fk + i] as number);
  }

  /**
   * Reads the cache lines of slots `slots[from]` … `slots[to − 1]` in one tight loop, whose
   * independent loads the processor overlaps: rows then built from scattered slots (a product's
   * days, stored among every other product's) find them in cache instead of waiting on each in
   * turn.
   */
  touch(slots: Int32Array, from: number, to: number): void {
    let sink = 0;
    for (let i = from; i < to; i++) {
      const slot = slots[i] as number;
      const s = this.sums[slot >>> CHUNK_BITS] as Float64Array;
      const c = this.counts[slot >>> CHUNK_BITS] as Int32Array;
      const o = (slot & CHUNK_MASK) * SUMS;
      sink += (s[o] as number) + (s[o + SUMS - 1] as number) + (c[(slot & CHUNK_MASK) * COUNTS] as number);
    }
    this.touched = sink;
  }

  saleLines(slot: number): number {
    const c = this.counts[slot >>> CHUNK_BITS] as Int32Array;
    return c[(slot & CHUNK_MASK) * COUNTS + SALE_LINES] as number;
  }

  revenue(slot: number): number {
    const s = this.sums[slot >>> CHUNK_BITS] as Float64Array;
    return s[(slot & CHUNK_MASK) * SUMS + REVENUE] as number;
  }

  /** Adds the slot's sums to `target` (to roll days up into months and lifetimes). */
  mergeInto(slot: number, target: PeriodTotals): PeriodTotals {
    const s = this.sums[slot >>> CHUNK_BITS] as Float64Array;
    const c = this.counts[slot >>> CHUNK_BITS] as Int32Array;
    const o = (slot & CHUNK_MASK) * SUMS;
    const k = (slot & CHUNK_MASK) * COUNTS;
    target.lines += c[k + LINES] as number;
    target.saleLines += c[k + SALE_LINES] as number;
    target.returnLines += c[k + RETURN_LINES] as number;
    target.revenue += s[o + REVENUE] as number;
    target.grossSales += s[o + GROSS_SALES] as number;
    target.returned += s[o + RETURNED] as number;
    target.units += s[o + UNITS] as number;
    target.saleUnits += s[o + SALE_UNITS] as number;
    target.cost += s[o + COST] as number;
    target.revenueWithCost += s[o + REVENUE_WITH_COST] as number;
    target.turnoverWithCost += s[o + TURNOVER_WITH_COST] as number;
    target.costLines += c[k + COST_LINES] as number;
    target.discount += s[o + DISCOUNT] as number;
    target.discountLines += c[k + DISCOUNT_LINES] as number;
    target.commission += s[o + COMMISSION] as number;
    target.commissionLines += c[k + COMMISSION_LINES] as number;
    return target;
  }

  /** The slot's sums in `into` (reset first): a reusable view for building rows. */
  read(slot: number, into: PeriodTotals): PeriodTotals {
    into.reset();
    return this.mergeInto(slot, into);
  }
}
