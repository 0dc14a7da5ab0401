import { localDayIndexOf } from '../features/time/local-day';
import type { FeatureLine } from '../features/types';

/** One ticket as baskets need it: its products (as indices, maybe repeated) and its net total. */
export interface TicketBasket {
  products: number[];
  /** Σ line totals of the ticket in cents (returns lower it). */
  cents: number;
}

/**
 * What the insights need from the lines that the feature rows do not keep: the products of each
 * ticket (baskets, basket-size segments) and each customer's purchase days (cohorts, churn over
 * time, BG/NBD). Fed the same line stream as the feature accumulator; memory grows with tickets
 * and customer-days, a few numbers each.
 */
export class InsightAccumulator {
  readonly productIds: string[] = [];
  private readonly productIndex = new Map<string, number>();
  readonly tickets = new Map<string, TicketBasket>();
  /** Customer → local day indices of their sale lines (unsorted, repeats included). */
  readonly customerDays = new Map<string, number[]>();
  lineCount = 0;
  // A ticket's lines, and a customer's, usually arrive one after another (files list tickets
  // line by line): remembering the last one saves most map lookups.
  private lastTransId: string | null = null;
  private lastTicket: TicketBasket | null = null;
  private lastCustomerId: string | null = null;
  private lastCustomerDays: number[] | null = null;

  add(line: FeatureLine): void {
    this.lineCount++;
    let ticket = line.transId === this.lastTransId ? this.lastTicket : this.tickets.get(line.transId);
    if (ticket === undefined || ticket === null) {
      ticket = { products: [], cents: 0 };
      this.tickets.set(line.transId, ticket);
    }
    this.lastTransId = line.transId;
    this.lastTicket = ticket;
    ticket.cents += Math.round(line.priceTotal * 100);
    // A sale line puts the product in the basket; a return line does not.
    if (line.priceTotal <= 0 || line.quantity <= 0) return;
    ticket.products.push(this.indexOf(line.productId));
    if (line.customerId === null || line.customerId === '') return;
    const day = localDayIndexOf(line.soldAt);
    let days =
      line.customerId === this.lastCustomerId
        ? this.lastCustomerDays
        : this.customerDays.get(line.customerId);
    if (days === undefined || days === null) {
      days = [];
      this.customerDays.set(line.customerId, days);
    }
    if (days[days.length - 1] !== day) days.push(day);
    this.lastCustomerId = line.customerId;
    this.lastCustomerDays = days;
  }

  private indexOf(productId: string): number {
    let index = this.productIndex.get(productId);
    if (index === undefined) {
      index = this.productIds.length;
      this.productIds.push(productId);
      this.productIndex.set(productId, index);
    }
    return index;
  }
}

/** Sorted distinct purchase days of one customer. */
export function distinctDays(days: readonly number[]): number[] {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted.filter((day, i) => i === 0 || day !== sorted[i - 1]);
}
