import { DistinctStrings } from './distinct-strings';
import type { LineAmounts } from './line-amounts';
import type { TotalsTable } from './totals-table';

export class CustomerDay {
  /** Hours (bit per local hour) with sale lines: customers per day×hour. */
  hourMask = 0;
  saleTickets: DistinctStrings | null = null;
  returnTickets: DistinctStrings | null = null;

  /** `slot`: this customer-day's sums in the customer×day `TotalsTable` (−1: not followed). */
  constructor(readonly slot: number) {}
}

/**
 * One customer: their days (customer×day, rolled up into months and the lifetime profile),
 * how often each product appears in their sale lines (favorite product), and their tickets by
 * weekday and day part (counted when a ticket is first seen that day).
 */
export class CustomerBucket {
  readonly days = new Map<number, CustomerDay>();
  readonly productLines = new Map<string, number>();
  readonly ticketsByWeekday = [0, 0, 0, 0, 0, 0, 0];
  readonly ticketsByDayPart = [0, 0, 0, 0];
  private lastDayIndex = Number.NaN;
  private lastDay: CustomerDay | null = null;

  constructor(readonly customerId: string) {}

  /** Only what period levels need (customers and new customers per period and hour). */
  addSale(dayIndex: number, hour: number): void {
    let day = this.lastDay;
    if (day === null || dayIndex !== this.lastDayIndex) {
      day = this.days.get(dayIndex) ?? null;
      if (day === null) {
        day = new CustomerDay(-1);
        this.days.set(dayIndex, day);
      }
      this.lastDay = day;
      this.lastDayIndex = dayIndex;
    }
    day.hourMask |= 1 << hour;
  }

  /** Everything, for the customer levels (customer×day, customer×month, profile). */
  add(
    amounts: LineAmounts,
    table: TotalsTable,
    dayIndex: number,
    hour: number,
    weekday: number,
    dayPart: number,
    transId: string,
    productId: string,
  ): void {
    let day = this.lastDay;
    if (day === null || dayIndex !== this.lastDayIndex) {
      day = this.days.get(dayIndex) ?? null;
      if (day === null) {
        day = new CustomerDay(table.newSlot());
        this.days.set(dayIndex, day);
      }
      this.lastDay = day;
      this.lastDayIndex = dayIndex;
    }
    table.add(day.slot, amounts);
    if (amounts.sign > 0) {
      day.hourMask |= 1 << hour;
      day.saleTickets ??= new DistinctStrings();
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
