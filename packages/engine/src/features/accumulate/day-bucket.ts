import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/**
 * The sums of one local day, kept per hour only: the day's own totals are the merge of its
 * hours, done once when rows are built (one `add` per line instead of two). Tickets live in
 * the `TicketBook`.
 */
export class DayBucket {
  readonly hours: (PeriodTotals | undefined)[] = new Array(24).fill(undefined);
  private merged: PeriodTotals | null = null;

  constructor(
    /** 0, 1, 2… in order of first appearance: product×day, customer×day… cells key on it. */
    readonly id: number,
    readonly dayIndex: number,
    readonly monthIndex: number,
    /** ISO weekday 1-7, kept here so the per-line path needs no calendar lookup. */
    readonly weekday: number,
    /** Day of the month, 1-31 (the same reason). */
    readonly dayOfMonth = 1,
  ) {}

  add(amounts: LineAmounts, hour: number): void {
    let hourTotals = this.hours[hour];
    if (hourTotals === undefined) {
      hourTotals = new PeriodTotals();
      this.hours[hour] = hourTotals;
    }
    hourTotals.add(amounts);
    this.merged = null;
  }

  get totals(): PeriodTotals {
    if (this.merged === null) {
      this.merged = new PeriodTotals();
      for (const hour of this.hours) if (hour !== undefined) this.merged.merge(hour);
    }
    return this.merged;
  }
}
