import { grownFloat64, grownInt32 } from '../features/accumulate/growable';
import { Interner } from '../features/accumulate/interner';
import { localDayIndexOf } from '../features/time/local-day';
import type { FeatureLine } from '../features/types';
import { TicketBaskets } from './baskets/ticket-baskets';

/** Every ticket as baskets need it, in order of first appearance (`count` of them). */
export interface Baskets {
  count: number;
  /** Ticket t's distinct products (indices of `productIds`), ascending: `products[start[t]]` … `products[start[t + 1] − 1]`. */
  start: Int32Array;
  products: Int32Array;
  /** Σ line totals of each ticket in cents (returns lower it). */
  cents: Float64Array;
}

/**
 * What the insights need from the lines that the feature rows do not keep: the products of each
 * ticket (baskets, basket-size segments) and each customer's purchase days (cohorts, churn over
 * time, BG/NBD). Fed the same line stream as the feature accumulator; memory grows with tickets
 * and customer-days, a few numbers each.
 *
 * Tickets, products and customers are interned to small integers (in order of first appearance)
 * and everything else lives in typed arrays: a customer's days are chains of entries
 * (`previous` links), read once, when the insights are computed; a ticket's products are
 * written as each ticket ends while tickets come in order (see `TicketBaskets`).
 */
export class InsightAccumulator {
  /** Products of sale lines, by index. */
  readonly productIds: string[];
  lineCount = 0;
  private readonly products = new Interner<string>();
  private readonly ticketIds = new Interner<string>();
  /** Tickets so far; whether they are numbered here (`ticketIds`) or by the caller. */
  private ticketCount = 0;
  private ticketsGiven: boolean | null = null;
  /** ticket → Σ cents */
  private ticketCents = new Float64Array(1024);
  private readonly ticketBaskets = new TicketBaskets();
  private readonly customerIds = new Interner<string>();
  /** customer → last day entry; day entry → local day index, previous entry of its customer */
  private customerLast = new Int32Array(1024);
  private dayOf = new Int32Array(4096);
  private dayPrevious = new Int32Array(4096);
  private days = 0;
  private built: Baskets | null = null;
  private purchaseDays: Map<string, number[]> | null = null;

  constructor() {
    this.productIds = this.products.values;
  }

  /**
   * Adds one line. `ticket`: its ticket as the feature accumulator fed the same lines numbers
   * it (what `FeatureAccumulator.add` returns; −1 for a free line, which changes no basket),
   * so the transIds are not interned twice. Without it, tickets are numbered here. Either way
   * for every line of one accumulator.
   */
  add(line: FeatureLine, ticket?: number): void {
    this.lineCount++;
    this.built = null;
    this.purchaseDays = null;
    const given = ticket !== undefined;
    if (this.ticketsGiven !== given) {
      if (this.ticketsGiven !== null)
        throw new Error('tickets are numbered by the caller for every line, or never');
      this.ticketsGiven = given;
    }
    if (ticket === undefined) ticket = this.ticketIds.idOf(line.transId);
    // A free line (total 0) puts no product in a basket and no cents in its ticket.
    else if (ticket < 0) return;
    if (ticket >= this.ticketCount) this.newTickets(ticket + 1);
    this.ticketCents[ticket] = (this.ticketCents[ticket] as number) + Math.round(line.priceTotal * 100);
    // A sale line puts the product in the basket; a return line does not.
    const sale = line.priceTotal > 0 && line.quantity > 0;
    this.ticketBaskets.add(ticket, sale ? this.products.idOf(line.productId) : -1);
    if (!sale) return;
    if (line.customerId === null || line.customerId === '') return;
    const customers = this.customerIds.size;
    const customer = this.customerIds.idOf(line.customerId);
    if (customer === customers) {
      this.customerLast = grownInt32(this.customerLast, customer + 1);
      this.customerLast[customer] = -1;
    }
    this.addDay(customer, localDayIndexOf(line.soldAt));
  }

  /** Every ticket's distinct products and net total (built once, after the last `add`). */
  baskets(): Baskets {
    if (this.built !== null) return this.built;
    const count = this.ticketCount;
    const { start, products } = this.ticketBaskets.build(count);
    this.built = { count, start, products, cents: this.ticketCents.subarray(0, count) };
    return this.built;
  }

  /**
   * Customer → local day indices of their sale lines (unsorted; a day repeats only when other
   * days came between), customers in order of their first sale line.
   */
  get customerDays(): Map<string, number[]> {
    if (this.purchaseDays !== null) return this.purchaseDays;
    const map = new Map<string, number[]>();
    const ids = this.customerIds.values;
    for (let customer = 0; customer < ids.length; customer++) {
      const days: number[] = [];
      for (
        let entry = this.customerLast[customer] as number;
        entry >= 0;
        entry = this.dayPrevious[entry] as number
      )
        days.push(this.dayOf[entry] as number);
      map.set(ids[customer] as string, days.reverse());
    }
    this.purchaseDays = map;
    return map;
  }

  private newTickets(count: number): void {
    this.ticketCents = grownFloat64(this.ticketCents, count);
    this.ticketCount = count;
  }

  /** Adds `day` to the customer's days unless it is their last one already. */
  private addDay(customer: number, day: number): void {
    const last = this.customerLast[customer] as number;
    if (last >= 0 && this.dayOf[last] === day) return;
    const entry = this.days++;
    if (entry === this.dayOf.length) {
      this.dayOf = grownInt32(this.dayOf, entry + 1);
      this.dayPrevious = grownInt32(this.dayPrevious, entry + 1);
    }
    this.dayOf[entry] = day;
    this.dayPrevious[entry] = last;
    this.customerLast[customer] = entry;
  }
}

/** Sorted distinct purchase days of one customer. */
export function distinctDays(days: readonly number[]): number[] {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted.filter((day, i) => i === 0 || day !== sorted[i - 1]);
}
