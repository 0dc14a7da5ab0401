import { DAY_PART_OF_HOUR } from '../time/day-part';
import { EntryPairs } from './entry-pairs';
import { grownInt32 } from './growable';
import type { LineAmounts } from './line-amounts';
import { PairCounts } from './pair-counts';
import { PairIndex } from './pair-index';
import { TotalsTable } from './totals-table';

export const SALE = 1;
export const RETURN = 2;
/** Flags 4, 8, 16, 32: the ticket has sale lines in day part 0, 1, 2, 3 (`DAY_PART_OF_HOUR`). */
const DAY_PART_FLAG = 4;

/**
 * Every customer, by interned id: their days (cells of the customer×day index: hours with sale
 * lines, distinct sale and return tickets, and — for the customer levels — sums in a
 * `TotalsTable`), how many of their sale lines each product has (favorite product), and their
 * tickets by weekday (counted when a ticket is first seen that day) and by day part (once in
 * each part the ticket has sale lines in).
 *
 * Distinct tickets per customer-day are (ticket-day, customer) pairs: the ticket book numbers
 * ticket-days, and `tickets` flags each one's customers (almost always one).
 */
export class CustomerTable {
  /** (customer, day id) → cell; with `daySums`, also the slot of `totals`. */
  readonly days = new PairIndex();
  /** Sums per customer-day cell (`daySums`), or per customer (slot = customer) otherwise. */
  readonly totals = new TotalsTable();
  /** cell → hours (bit per local hour) with sale lines: customers per day×hour. */
  hourMask = new Int32Array(256);
  /** cell → distinct sale tickets, return tickets */
  saleTickets = new Int32Array(256);
  returnTickets = new Int32Array(256);
  /** ticket-day → its customers, flagged SALE / RETURN */
  readonly tickets = new EntryPairs();
  /** (customer, product) → sale lines */
  readonly products = new PairCounts();
  /** customer × 7 ISO weekdays, customer × 4 day parts: tickets */
  ticketsByWeekday = new Int32Array(7 * 64);
  ticketsByDayPart = new Int32Array(4 * 64);

  /**
   * `daySums`: sum each customer-day (the customer × day and × month levels). Without them the
   * profile needs only lifetime sums: one slot per customer instead of 104 bytes per cell, of
   * which a file of millions of lines has hundreds of thousands.
   */
  constructor(readonly daySums = true) {}

  /** Only what period levels need (customers and new customers per period and hour). */
  addSale(customer: number, dayId: number, hour: number): number {
    const cell = this.cellOf(customer, dayId, false);
    this.hourMask[cell] = (this.hourMask[cell] as number) | (1 << hour);
    return cell;
  }

  /**
   * Everything, for the customer levels (customer×day, customer×month, profile). `ticketDay`:
   * the line's ticket-day (−1 for a free line); returns the customer-day cell.
   */
  add(
    customer: number,
    amounts: LineAmounts,
    dayId: number,
    hour: number,
    weekday: number,
    ticketDay: number,
    product: number,
  ): number {
    const cell = this.cellOf(customer, dayId, this.daySums);
    if (this.daySums) this.totals.add(cell, amounts);
    else {
      while (this.totals.size <= customer) this.totals.newSlot();
      this.totals.add(customer, amounts);
    }
    const sign = amounts.sign;
    if (sign > 0) {
      this.hourMask[cell] = (this.hourMask[cell] as number) | (1 << hour);
      if (this.tickets.mark(ticketDay, customer, SALE)) {
        this.saleTickets[cell] = (this.saleTickets[cell] as number) + 1;
        if (customer * 7 >= this.ticketsByWeekday.length) {
          this.ticketsByWeekday = grownInt32(this.ticketsByWeekday, customer * 7 + 7);
          this.ticketsByDayPart = grownInt32(this.ticketsByDayPart, customer * 4 + 4);
        }
        const w = customer * 7 + weekday - 1;
        this.ticketsByWeekday[w] = (this.ticketsByWeekday[w] as number) + 1;
      }
      // A ticket counts in every day part it has sale lines in (one, but for a ticket rung up
      // over hours): counted by its first line's part, the preferred part would depend on the
      // order of the lines.
      const part = DAY_PART_OF_HOUR[hour] as number;
      if (this.tickets.mark(ticketDay, customer, DAY_PART_FLAG << part)) {
        const p = customer * 4 + part;
        this.ticketsByDayPart[p] = (this.ticketsByDayPart[p] as number) + 1;
      }
      this.products.increment(customer, product);
    } else if (sign < 0) {
      if (this.tickets.mark(ticketDay, customer, RETURN))
        this.returnTickets[cell] = (this.returnTickets[cell] as number) + 1;
    }
    return cell;
  }

  private cellOf(customer: number, dayId: number, withTotals: boolean): number {
    let cell = this.days.find(customer, dayId);
    if (cell < 0) {
      cell = this.days.insert(customer, dayId);
      if (withTotals) this.totals.newSlot();
      if (cell >= this.hourMask.length) {
        this.hourMask = grownInt32(this.hourMask, cell + 1);
        this.saleTickets = grownInt32(this.saleTickets, cell + 1);
        this.returnTickets = grownInt32(this.returnTickets, cell + 1);
      }
    }
    return cell;
  }
}
