import { localDay } from '../time/local-day';
import type { PeriodCalendar } from '../time/periods';
import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * The local days each id (a ticket, a customer) was seen on, within one branch. Most tickets
 * live on one day: one map entry each, and a list only for the few seen on several days. The
 * distinct ids of a period are then the sum of its days' counts minus the repeats inside the
 * period (`overcount`), with no set of strings per period.
 */
export class DistinctDays {
  private readonly first = new Map<string, number>();
  private readonly more = new Map<string, number[]>();

  /** Records (id, day); true when the pair is new. */
  add(id: string, day: number): boolean {
    const seen = this.first.get(id);
    if (seen === undefined) {
      this.first.set(id, day);
      return true;
    }
    if (seen === day) return false;
    const days = this.more.get(id);
    if (days === undefined) {
      this.more.set(id, [day]);
      return true;
    }
    if (days[days.length - 1] === day || days.includes(day)) return false;
    days.push(day);
    return true;
  }

  /** period index → how many (id, day) pairs repeat an id already counted in that period. */
  overcount(calendar: PeriodCalendar): Map<number, number> {
    const result = new Map<number, number>();
    const perPeriod = new Map<number, number>();
    for (const [id, days] of this.more) {
      perPeriod.clear();
      perPeriod.set(calendar.indexOf(localDay(this.first.get(id) as number)), 1);
      for (const day of days) {
        const index = calendar.indexOf(localDay(day));
        perPeriod.set(index, (perPeriod.get(index) ?? 0) + 1);
      }
      for (const [index, count] of perPeriod)
        if (count > 1) result.set(index, (result.get(index) ?? 0) + count - 1);
    }
    return result;
  }

  /** The earliest day of every id. */
  *firstDays(): Generator<number> {
    for (const [id, day] of this.first) {
      const days = this.more.get(id);
      yield days === undefined ? day : Math.min(day, ...days);
    }
  }
}

/** One branch (location) on one local day: its sums and its new (id, day) pairs. */
export class LocationDay {
  readonly totals = new PeriodTotals();
  /** Distinct sale tickets, return tickets and customers of the day. */
  transactions = 0;
  returns = 0;
  customers = 0;

  constructor(readonly dayIndex: number) {}
}

/** One branch: its days, and on which days each of its tickets and customers appears. */
export class LocationBucket {
  readonly days = new Map<number, LocationDay>();
  readonly saleTickets = new DistinctDays();
  readonly returnTickets = new DistinctDays();
  /** Customers with a sale line at this branch (their first day here makes them new). */
  readonly customers = new DistinctDays();

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
      // Another sale line of the same ticket and customer adds no new pair.
      if (transId === this.lastTransId && customerId === this.lastCustomerId) return;
      this.lastTransId = transId;
      this.lastCustomerId = customerId;
      if (bucket.saleTickets.add(transId, dayIndex)) day.transactions++;
      if (customerId !== null && bucket.customers.add(customerId, dayIndex)) day.customers++;
    } else if (amounts.sign < 0) {
      this.lastTransId = null;
      if (bucket.returnTickets.add(transId, dayIndex)) day.returns++;
    }
  }
}
