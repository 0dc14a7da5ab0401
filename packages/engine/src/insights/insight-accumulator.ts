import { grownInt32 } from '../features/accumulate/growable';
import { Interner } from '../features/accumulate/interner';
import { RECENT_TICKETS } from '../features/accumulate/recent-tickets';
import { localDayIndexOf } from '../features/time/local-day';
import type { FeatureLine } from '../features/types';
import type { BasketSummary } from './baskets/basket-summary';
import { TicketBaskets } from './baskets/ticket-baskets';

/**
 * Tickets behind the last one whose baskets are summed and dropped when tickets come in order:
 * well past the closed tickets a contiguous ticket book reopens (`RECENT_TICKETS`).
 */
const BASKETS_KEPT_BEHIND = 4 * RECENT_TICKETS;

/**
 * What the insights need from the lines that the feature rows do not keep: the products of each
 * ticket (baskets, basket-size segments) and each customer's purchase days (cohorts, churn over
 * time, BG/NBD). Fed the same line stream as the feature accumulator; memory grows with
 * customer-days and the baskets that can make pairs (or every ticket's products, when tickets
 * may come in any order), a few numbers each.
 *
 * Tickets, products and customers are interned to small integers (in order of first appearance)
 * and everything else lives in typed arrays: a customer's days are chains of entries
 * (`previous` links), read once, when the insights are computed; a ticket's products are
 * written as each ticket ends while tickets come in order, and summed (see `TicketBaskets`).
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
  private readonly ticketBaskets: TicketBaskets;
  private readonly customerIds = new Interner<string>();
  /** customer → last day entry; day entry → local day index, previous entry of its customer */
  private customerLast = new Int32Array(1024);
  private dayOf = new Int32Array(4096);
  private dayPrevious = new Int32Array(4096);
  private days = 0;
  private built: BasketSummary | null = null;
  private purchaseDays: Map<string, number[]> | null = null;

  constructor(
    /**
     * The caller's feature accumulator promises contiguous tickets and checks it (its
     * `ticketsExact`): baskets are then summed as they go, in flat memory (`TicketBaskets`),
     * and `exact` says whether that held.
     */
    contiguousTickets = false,
  ) {
    this.productIds = this.products.values;
    this.ticketBaskets = new TicketBaskets(undefined, contiguousTickets ? BASKETS_KEPT_BEHIND : undefined);
  }

  /** False when a ticket came back after its basket was summed: read the lines again. */
  get exact(): boolean {
    return !this.ticketBaskets.spoiled;
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
    if (ticket >= this.ticketCount) this.ticketCount = ticket + 1;
    // A sale line puts the product in the basket; a return line does not.
    const sale = line.priceTotal > 0 && line.quantity > 0;
    const cents = Math.round(line.priceTotal * 100);
    this.ticketBaskets.add(ticket, sale ? this.products.idOf(line.productId) : -1, cents);
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

  /** Every ticket's basket, summed (built once, after the last `add`). */
  baskets(): BasketSummary {
    this.built ??= this.ticketBaskets.summary(this.ticketCount);
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
