import type { LineAmounts } from './line-amounts';
import type { PeriodTotals } from './period-totals';

/** Field offsets of one slot; the same sums as `PeriodTotals`, stored flat. */
const LINES = 0;
const SALE_LINES = 1;
const RETURN_LINES = 2;
const REVENUE = 3;
const GROSS_SALES = 4;
const RETURNED = 5;
const UNITS = 6;
const SALE_UNITS = 7;
const COST = 8;
const REVENUE_WITH_COST = 9;
const TURNOVER_WITH_COST = 10;
const COST_LINES = 11;
const DISCOUNT = 12;
const DISCOUNT_LINES = 13;
const COMMISSION = 14;
const COMMISSION_LINES = 15;
const STRIDE = 16;
/** Slots per chunk (2^12 × 16 doubles = 512 KB): growing never copies what is stored. */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/**
 * `PeriodTotals` for many small aggregates (product×day: ~800k of them for a million lines)
 * in chunks of Float64Array instead of one object each: the garbage collector then sees a few
 * hundred arrays, not a million objects. Integers up to 2^53 are exact in a double.
 */
export class TotalsTable {
  private readonly chunks: Float64Array[] = [];
  private used = 0;

  get size(): number {
    return this.used;
  }

  newSlot(): number {
    if ((this.used & CHUNK_MASK) === 0) this.chunks.push(new Float64Array(STRIDE << CHUNK_BITS));
    return this.used++;
  }

  add(slot: number, a: LineAmounts): void {
    const d = this.chunks[slot >>> CHUNK_BITS] as Float64Array;
    const o = (slot & CHUNK_MASK) * STRIDE;
    d[o + LINES] = (d[o + LINES] as number) + 1;
    d[o + REVENUE] = (d[o + REVENUE] as number) + a.revenue;
    d[o + UNITS] = (d[o + UNITS] as number) + a.units;
    if (a.sign > 0) {
      d[o + SALE_LINES] = (d[o + SALE_LINES] as number) + 1;
      d[o + GROSS_SALES] = (d[o + GROSS_SALES] as number) + a.revenue;
      d[o + SALE_UNITS] = (d[o + SALE_UNITS] as number) + a.units;
    } else if (a.sign < 0) {
      d[o + RETURN_LINES] = (d[o + RETURN_LINES] as number) + 1;
      d[o + RETURNED] = (d[o + RETURNED] as number) - a.revenue;
    }
    if (a.hasCost) {
      d[o + COST] = (d[o + COST] as number) + a.cost;
      d[o + REVENUE_WITH_COST] = (d[o + REVENUE_WITH_COST] as number) + a.revenue;
      d[o + TURNOVER_WITH_COST] =
        (d[o + TURNOVER_WITH_COST] as number) + (a.revenue < 0 ? -a.revenue : a.revenue);
      d[o + COST_LINES] = (d[o + COST_LINES] as number) + 1;
    }
    if (a.hasDiscount) {
      d[o + DISCOUNT] = (d[o + DISCOUNT] as number) + a.discount;
      d[o + DISCOUNT_LINES] = (d[o + DISCOUNT_LINES] as number) + 1;
    }
    if (a.hasCommission) {
      d[o + COMMISSION] = (d[o + COMMISSION] as number) + a.commission;
      d[o + COMMISSION_LINES] = (d[o + COMMISSION_LINES] as number) + 1;
    }
  }

  saleLines(slot: number): number {
    const d = this.chunks[slot >>> CHUNK_BITS] as Float64Array;
    return d[(slot & CHUNK_MASK) * STRIDE + SALE_LINES] as number;
  }

  /** Adds the slot's sums to `target` (to roll days up into months and lifetimes). */
  mergeInto(slot: number, target: PeriodTotals): PeriodTotals {
    const d = this.chunks[slot >>> CHUNK_BITS] as Float64Array;
    const o = (slot & CHUNK_MASK) * STRIDE;
    target.lines += d[o + LINES] as number;
    target.saleLines += d[o + SALE_LINES] as number;
    target.returnLines += d[o + RETURN_LINES] as number;
    target.revenue += d[o + REVENUE] as number;
    target.grossSales += d[o + GROSS_SALES] as number;
    target.returned += d[o + RETURNED] as number;
    target.units += d[o + UNITS] as number;
    target.saleUnits += d[o + SALE_UNITS] as number;
    target.cost += d[o + COST] as number;
    target.revenueWithCost += d[o + REVENUE_WITH_COST] as number;
    target.turnoverWithCost += d[o + TURNOVER_WITH_COST] as number;
    target.costLines += d[o + COST_LINES] as number;
    target.discount += d[o + DISCOUNT] as number;
    target.discountLines += d[o + DISCOUNT_LINES] as number;
    target.commission += d[o + COMMISSION] as number;
    target.commissionLines += d[o + COMMISSION_LINES] as number;
    return target;
  }

  /** The slot's sums in `into` (reset first): a reusable view for building rows. */
  read(slot: number, into: PeriodTotals): PeriodTotals {
    into.reset();
    return this.mergeInto(slot, into);
  }
}
