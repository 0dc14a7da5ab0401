import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * One branch (location) on one local day: its sums and its distinct sale tickets, return
 * tickets and customers. Coarser periods are unions of these days, done when rows are built.
 * A ticket belongs to one branch, so the sets together hold about as many ids as there are
 * tickets (and customer-days).
 */
export class LocationDay {
  readonly totals = new PeriodTotals();
  readonly saleTickets = new Set<string>();
  readonly returnTickets = new Set<string>();
  readonly customers = new Set<string>();

  constructor(readonly dayIndex: number) {}
}

/** One branch: its days and, per customer, the first day they bought at this branch. */
export class LocationBucket {
  readonly days = new Map<number, LocationDay>();
  /** customerId → first local day (index) with a sale line at this branch. */
  readonly firstPurchase = new Map<string, number>();

  constructor(readonly location: string | null) {}
}

/** location (null = not given) → its bucket. */
export class LocationBuckets {
  readonly values = new Map<string | null, LocationBucket>();
  /** True once a line carried a non-null location: the location levels stay empty otherwise. */
  seen = false;

  // Lines of a ticket come together: the same branch and day, often the same customer.
  private lastValue: string | null = null;
  private lastDay: LocationDay | null = null;
  private lastBucket: LocationBucket | null = null;
  private lastTransId: string | null = null;
  private lastCustomerId: string | null = null;

  add(
    value: string | null,
    dayIndex: number,
    amounts: LineAmounts,
    transId: string,
    customerId: string | null,
  ): void {
    let day = this.lastDay;
    let bucket = this.lastBucket;
    if (day === null || bucket === null || value !== this.lastValue || dayIndex !== day.dayIndex) {
      if (value !== null) this.seen = true;
      bucket = this.values.get(value) ?? null;
      if (bucket === null) {
        bucket = new LocationBucket(value);
        this.values.set(value, bucket);
      }
      day = bucket.days.get(dayIndex) ?? null;
      if (day === null) {
        day = new LocationDay(dayIndex);
        bucket.days.set(dayIndex, day);
      }
      this.lastValue = value;
      this.lastDay = day;
      this.lastBucket = bucket;
      this.lastTransId = null;
    }
    day.totals.add(amounts);
    if (amounts.sign > 0) {
      // Another sale line of the same ticket and customer adds nothing to the sets.
      if (transId === this.lastTransId && customerId === this.lastCustomerId) return;
      this.lastTransId = transId;
      this.lastCustomerId = customerId;
      day.saleTickets.add(transId);
      if (customerId !== null) {
        const before = day.customers.size;
        day.customers.add(customerId);
        if (day.customers.size !== before) {
          const first = bucket.firstPurchase.get(customerId);
          if (first === undefined || dayIndex < first) bucket.firstPurchase.set(customerId, dayIndex);
        }
      }
    } else if (amounts.sign < 0) {
      this.lastTransId = null;
      day.returnTickets.add(transId);
    }
  }
}
