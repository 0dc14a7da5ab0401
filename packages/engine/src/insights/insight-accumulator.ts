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

  add(line: FeatureLine): void {
    this.lineCount++;
    let ticket = this.tickets.get(line.transId);
    if (ticket === undefined) {
      ticket = { products: [], cents: 0 };
      this.tickets.set(line.transId, ticket);
    }
    ticket.cents += Math.round(line.priceTotal * 100);
    // A sale line puts the product in the basket; a return line does not.
    if (line.priceTotal <= 0 || line.quantity <= 0) return;
    ticket.products.push(this.indexOf(line.productId));
    if (line.customerId === null || line.customerId === '') return;
    const day = localDayIndexOf(line.soldAt);
    const days = this.customerDays.get(line.customerId);
    if (days === undefined) this.customerDays.set(line.customerId, [day]);
    else if (days[days.length - 1] !== day) days.push(day);
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
