import { DistinctStrings } from './distinct-strings';
import type { LineAmounts } from './line-amounts';
import { PeriodTotals } from './period-totals';

export class CustomerDay {
  readonly totals = new PeriodTotals();
  readonly saleTickets = new DistinctStrings();
  returnTickets: DistinctStrings | null = null;
  /** Hours (bit per local hour) with sale lines: customers per day×hour. */
  hourMask = 0;
}

/**
 * One customer: their days (customer×day, rolled up into months and the lifetime profile),
 * how often each product appears in their sale lines (favorite product), and their tickets by
 * weekday and day part (counted when a ticket is first seen).
 */
export class CustomerBucket {
  readonly days = new Map<number, CustomerDay>();
  readonly productLines = new Map<string, number>();
  readonly ticketsByWeekday = [0, 0, 0, 0, 0, 0, 0];
  readonly ticketsByDayPart = [0, 0, 0, 0];

  constructor(readonly customerId: string) {}

  add(
    amounts: LineAmounts,
    dayIndex: number,
    hour: number,
    weekday: number,
    dayPart: number,
    transId: string,
    productId: string,
  ): void {
    let day = this.days.get(dayIndex);
    if (day === undefined) {
      day = new CustomerDay();
      this.days.set(dayIndex, day);
    }
    day.totals.add(amounts);
    if (amounts.sign > 0) {
      day.hourMask |= 1 << hour;
      if (day.saleTickets.add(transId)) {
        this.ticketsByWeekday[weekday - 1] = (this.ticketsByWeekday[weekday - 1] ?? 0) + 1;
        this.ticketsByDayPart[dayPart] = (this.ticketsByDayPart[dayPart] ?? 0) + 1;
      }
      this.productLines.set(productId, (this.productLines.get(productId) ?? 0) + 1);
    } else if (amounts.sign < 0) {
      day.returnTickets ??= new DistinctStrings();
      day.returnTickets.add(transId);
    }
  }
}
