import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

/** The sums of one local day and of each of its hours (tickets live in the `TicketBook`). */
export class DayBucket {
  readonly totals = new PeriodTotals();
  readonly hours: (PeriodTotals | undefined)[] = new Array(24).fill(undefined);

  constructor(
    readonly dayIndex: number,
    readonly monthIndex: number,
    /** ISO weekday 1-7, kept here so the per-line path needs no calendar lookup. */
    readonly weekday: number,
  ) {}

  add(amounts: LineAmounts, hour: number): void {
    this.totals.add(amounts);
    let hourTotals = this.hours[hour];
    if (hourTotals === undefined) {
      hourTotals = new PeriodTotals();
      this.hours[hour] = hourTotals;
    }
    hourTotals.add(amounts);
  }
}
