import { RETURN, SALE } from './customer-table';
import { EntryPairs } from './entry-pairs';
import { grownInt32 } from './growable';
import { Interner } from './interner';
import type { LineAmounts } from './line-amounts';
import { PairIndex } from './pair-index';
import { TotalsTable } from './totals-table';

/**
 * Branches (locations; null = not given) by day: sums, and the distinct tickets and customers
 * of each branch-day. A ticket-day or a customer-day is flagged with the branches it met
 * (almost always one), so a (branch, ticket, day) triple is counted once, with no set of
 * strings per branch. Ids seen on several days of a week, month… are corrected for when rows
 * are built (see `location-rows`).
 */
export class LocationTable {
  readonly values = new Interner<string | null>();
  /** True once a line carried a non-null location: the location levels stay empty otherwise. */
  seen = false;
  /** (branch, day id) → cell, also the slot of `totals` */
  readonly days = new PairIndex();
  readonly totals = new TotalsTable();
  /** cell → distinct sale tickets, return tickets and customers (with a sale line) */
  transactions = new Int32Array(64);
  returns = new Int32Array(64);
  customers = new Int32Array(64);
  /** ticket-day → branches, flagged SALE / RETURN */
  readonly tickets = new EntryPairs();
  /** customer-day cell → branches where the customer had a sale line that day */
  readonly customerDays = new EntryPairs();

  /** `ticketDay`: −1 for a free line; `customerDay`: −1 without a customer (or not a sale). */
  add(
    value: string | null,
    dayId: number,
    amounts: LineAmounts,
    ticketDay: number,
    customerDay: number,
  ): void {
    if (value !== null) this.seen = true;
    const branch = this.values.idOf(value);
    let cell = this.days.find(branch, dayId);
    if (cell < 0) {
      cell = this.days.insert(branch, dayId);
      this.totals.newSlot();
      if (cell >= this.transactions.length) {
        this.transactions = grownInt32(this.transactions, cell + 1);
        this.returns = grownInt32(this.returns, cell + 1);
        this.customers = grownInt32(this.customers, cell + 1);
      }
    }
    this.totals.add(cell, amounts);
    const sign = amounts.sign;
    if (sign > 0) {
      if (this.tickets.mark(ticketDay, branch, SALE))
        this.transactions[cell] = (this.transactions[cell] as number) + 1;
      if (customerDay >= 0 && this.customerDays.mark(customerDay, branch, SALE))
        this.customers[cell] = (this.customers[cell] as number) + 1;
    } else if (sign < 0) {
      if (this.tickets.mark(ticketDay, branch, RETURN))
        this.returns[cell] = (this.returns[cell] as number) + 1;
    }
  }
}
