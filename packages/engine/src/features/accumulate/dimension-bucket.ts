import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * One value of a dimension (category, location) in one month. Locations are branches, so they
 * count distinct tickets and customers (a ticket belongs to one branch: memory grows with
 * tickets). Categories count lines only: (category, ticket) pairs grow like lines do.
 */
export class DimensionMonth {
  readonly totals = new PeriodTotals();
  readonly saleTickets: Set<string> | null;
  readonly returnTickets: Set<string> | null;
  readonly customers: Set<string> | null;

  constructor(countDistinct: boolean) {
    this.saleTickets = countDistinct ? new Set() : null;
    this.returnTickets = countDistinct ? new Set() : null;
    this.customers = countDistinct ? new Set() : null;
  }

  private lastTransId: string | null = null;
  private lastCustomerId: string | null = null;

  add(amounts: LineAmounts, transId: string, customerId: string | null): void {
    this.totals.add(amounts);
    if (this.saleTickets === null) return;
    // Another sale line of the same ticket and customer adds nothing to the sets.
    if (amounts.sign > 0 && transId === this.lastTransId && customerId === this.lastCustomerId) return;
    this.lastTransId = amounts.sign > 0 ? transId : null;
    this.lastCustomerId = customerId;
    if (amounts.sign > 0) {
      this.saleTickets.add(transId);
      if (customerId !== null) this.customers?.add(customerId);
    } else if (amounts.sign < 0) this.returnTickets?.add(transId);
  }
}

/** value (null = not given) → month index → bucket. */
export class DimensionBuckets {
  readonly values = new Map<string | null, Map<number, DimensionMonth>>();
  /** True once a line carried a non-null value: a level without any stays empty. */
  seen = false;

  private lastValue: string | null = null;
  private lastMonth = Number.NaN;
  private lastBucket: DimensionMonth | null = null;

  constructor(private readonly countDistinct: boolean) {}

  add(
    value: string | null,
    monthIndex: number,
    amounts: LineAmounts,
    transId: string,
    customerId: string | null,
  ): void {
    if (this.lastBucket !== null && value === this.lastValue && monthIndex === this.lastMonth) {
      this.lastBucket.add(amounts, transId, customerId);
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
      bucket = new DimensionMonth(this.countDistinct);
      months.set(monthIndex, bucket);
    }
    this.lastValue = value;
    this.lastMonth = monthIndex;
    this.lastBucket = bucket;
    bucket.add(amounts, transId, customerId);
  }
}
