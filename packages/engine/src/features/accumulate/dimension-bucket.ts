import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * One value of a dimension (category) in one month. Categories count lines only: (category,
 * ticket) pairs grow like lines do. Branches (locations) have their own buckets, by day, with
 * distinct tickets and customers (see `LocationBuckets`).
 */
export class DimensionMonth {
  readonly totals = new PeriodTotals();
}

/** value (null = not given) → month index → bucket. */
export class DimensionBuckets {
  readonly values = new Map<string | null, Map<number, DimensionMonth>>();
  /** True once a line carried a non-null value. */
  seen = false;

  private lastValue: string | null = null;
  private lastMonth = Number.NaN;
  private lastBucket: DimensionMonth | null = null;

  add(value: string | null, monthIndex: number, amounts: LineAmounts): void {
    if (this.lastBucket !== null && value === this.lastValue && monthIndex === this.lastMonth) {
      this.lastBucket.totals.add(amounts);
      return;
    }
    if (value !== null) this.seen = true;
    let months = this.values.get(value);
    if (months === undefined) {
      months = new Map();
      this.values.set(value, months);
    }
    let bucket = months.get(monthIndex);
    if (bucket === undefined) {
      bucket = new DimensionMonth();
      months.set(monthIndex, bucket);
    }
    this.lastValue = value;
    this.lastMonth = monthIndex;
    this.lastBucket = bucket;
    bucket.totals.add(amounts);
  }
}
