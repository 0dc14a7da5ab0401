import { pct, round } from '../shared/stats';
import type { BasketSummary } from './basket-summary';

/** A pair must share at least this many tickets… */
export const MIN_PAIR_TICKETS = 3;
/** …and this share of all tickets (support). */
export const MIN_SUPPORT = 0.001;
export const LISTED_PAIRS = 100;
export const CROSS_SELL_PRODUCTS = 50;
export const CROSS_SELL_PER_PRODUCT = 3;

export interface ProductPair {
  product_a: string;
  product_b: string;
  tickets: number;
  /** Tickets with both / tickets, %. */
  support_pct: number;
  /** Tickets with both / tickets with A, %. */
  confidence_a_to_b_pct: number;
  confidence_b_to_a_pct: number;
  /** Support(A, B) / (support(A) × support(B)); > 1: bought together more than by chance. */
  lift: number;
}

export interface BasketAnalysis {
  tickets: number;
  /** Tickets with 2+ distinct products, % of tickets (cross-sell frequency). */
  multi_product_ticket_pct: number | null;
  min_pair_tickets: number;
  pairs: ProductPair[];
  cross_sell: {
    product_id: string;
    suggestions: { product_id: string; confidence_pct: number; lift: number }[];
  }[];
}

/** Product pairs in the same ticket with support, confidence and lift (lift > 1, minimum support). */
export function basketPairs(summary: BasketSummary, productIds: readonly string[]): BasketAnalysis {
  const width = productIds.length;
  const productTickets = new Float64Array(width);
  productTickets.set(summary.productTickets.subarray(0, width));
  const ticketCount = summary.tickets;
  const multi = summary.multi;
  const minTickets = Math.max(MIN_PAIR_TICKETS, Math.ceil(MIN_SUPPORT * ticketCount));
  // A pair is never in more tickets than either product: only products that reach the minimum
  // alone can pair up (the Apriori rule), which leaves most pairs uncounted.
  const pairCounts = new PairCounts(width, productTickets, minTickets);
  const frequent: number[] = [];
  for (const baskets of summary.pairBaskets) {
    baskets.forEach((basketProducts, from, to) => {
      frequent.length = 0;
      for (let i = from; i < to; i++) {
        const p = basketProducts[i] as number;
        if ((productTickets[p] as number) >= minTickets) frequent.push(p);
      }
      for (let i = 0; i < frequent.length; i++) {
        const base = (frequent[i] as number) * width;
        for (let j = i + 1; j < frequent.length; j++) {
          pairCounts.add(base + (frequent[j] as number), frequent[i] as number, frequent[j] as number);
        }
      }
    });
  }
  const pairs: ProductPair[] = [];
  for (const [key, both] of pairCounts.entries()) {
    if (both < minTickets) continue;
    // Named in id order, so the result does not depend on the order the lines came in.
    const first = Math.floor(key / width);
    const second = key % width;
    const [a, b] =
      (productIds[first] as string) <= (productIds[second] as string) ? [first, second] : [second, first];
    const withA = productTickets[a] as number;
    const withB = productTickets[b] as number;
    const lift = (both * ticketCount) / (withA * withB);
    if (lift <= 1) continue;
    pairs.push({
      product_a: productIds[a] as string,
      product_b: productIds[b] as string,
      tickets: both,
      support_pct: pct(both, ticketCount) as number,
      confidence_a_to_b_pct: pct(both, withA) as number,
      confidence_b_to_a_pct: pct(both, withB) as number,
      lift: round(lift, 3),
    });
  }
  pairs.sort(
    (x, y) =>
      y.lift - x.lift ||
      y.tickets - x.tickets ||
      (x.product_a + x.product_b < y.product_a + y.product_b ? -1 : 1),
  );
  return {
    tickets: ticketCount,
    multi_product_ticket_pct: pct(multi, ticketCount),
    min_pair_tickets: minTickets,
    pairs: pairs.slice(0, LISTED_PAIRS),
    cross_sell: crossSell(pairs, productTickets, productIds),
  };
}

/** For the products most often bought, the partners most often in their tickets (by confidence). */
function crossSell(
  pairs: readonly ProductPair[],
  productTickets: Float64Array,
  productIds: readonly string[],
) {
  const partners = new Map<string, { product_id: string; confidence_pct: number; lift: number }[]>();
  const add = (from: string, to: string, confidence: number, lift: number) => {
    const list = partners.get(from) ?? [];
    list.push({ product_id: to, confidence_pct: confidence, lift });
    partners.set(from, list);
  };
  for (const p of pairs) {
    add(p.product_a, p.product_b, p.confidence_a_to_b_pct, p.lift);
    add(p.product_b, p.product_a, p.confidence_b_to_a_pct, p.lift);
  }
  const ticketsOf = new Map(productIds.map((id, i) => [id, productTickets[i] as number]));
  return [...partners.entries()]
    .sort(([a], [b]) => (ticketsOf.get(b) ?? 0) - (ticketsOf.get(a) ?? 0) || (a < b ? -1 : 1))
    .slice(0, CROSS_SELL_PRODUCTS)
    .map(([product_id, list]) => ({
      product_id,
      suggestions: list
        .sort(
          (x, y) =>
            y.confidence_pct - x.confidence_pct || y.lift - x.lift || (x.product_id < y.product_id ? -1 : 1),
        )
        .slice(0, CROSS_SELL_PER_PRODUCT),
    }));
}

/**
 * Tickets per (a, b) pair of frequent products, keyed a × width + b, listed in the order the
 * pairs were first met (as a Map would). Up to 2048 frequent products the counts live in one
 * Int32Array (a lookup by index instead of a hash per pair); beyond that, in a Map.
 */
export class PairCounts {
  private readonly dense: Int32Array | null;
  private readonly denseOf: Int32Array;
  private readonly frequentCount: number;
  private readonly keys: number[] = [];
  private readonly map = new Map<number, number>();

  constructor(
    private readonly width: number,
    productTickets: Float64Array,
    minTickets: number,
    denseUpTo = 2048,
  ) {
    this.denseOf = new Int32Array(width).fill(-1);
    let frequent = 0;
    for (let p = 0; p < width; p++)
      if ((productTickets[p] as number) >= minTickets) this.denseOf[p] = frequent++;
    this.frequentCount = frequent;
    this.dense = frequent <= denseUpTo ? new Int32Array(frequent * frequent) : null;
  }

  add(key: number, a: number, b: number): void {
    const dense = this.dense;
    if (dense === null) {
      this.map.set(key, (this.map.get(key) ?? 0) + 1);
      return;
    }
    const at = (this.denseOf[a] as number) * this.frequentCount + (this.denseOf[b] as number);
    const count = dense[at] as number;
    if (count === 0) this.keys.push(key);
    dense[at] = count + 1;
  }

  /** [key, tickets] of every pair, in first-met order. */
  *entries(): Generator<[number, number]> {
    const dense = this.dense;
    if (dense === null) {
      yield* this.map;
      return;
    }
    for (const key of this.keys) {
      const a = this.denseOf[Math.floor(key / this.width)] as number;
      const b = this.denseOf[key % this.width] as number;
      yield [key, dense[a * this.frequentCount + b] as number];
    }
  }
}
