import { grownFloat64, grownInt32, grownUint8 } from '../../features/accumulate/growable';

/** Single: 1 distinct product · small 2–3 · medium 4–6 · large 7+. */
export const BASKET_SIZES = [
  { id: 'single', min: 1, max: 1 },
  { id: 'small', min: 2, max: 3 },
  { id: 'medium', min: 4, max: 6 },
  { id: 'large', min: 7, max: Number.POSITIVE_INFINITY },
] as const;

/** Tickets with more distinct products are left out of pairs (wholesale orders would flood them). */
export const MAX_BASKET_FOR_PAIRS = 50;

/**
 * The baskets that can make pairs (2 to MAX_BASKET_FOR_PAIRS distinct products), one after
 * another in ticket order: a byte for each one's size and its products. Only they must be kept
 * until the end (which products pair up depends on every ticket); every other figure of a basket
 * is summed as it is done.
 */
export class PairBaskets {
  count = 0;
  used = 0;
  sizes = new Uint8Array(1024);
  products = new Int32Array(4096);

  add(products: ArrayLike<number>, from: number, to: number): void {
    this.sizes = grownUint8(this.sizes, this.count + 1);
    this.sizes[this.count++] = to - from;
    this.products = grownInt32(this.products, this.used + to - from);
    for (let i = from; i < to; i++) this.products[this.used++] = products[i] as number;
  }

  /** Calls `visit(from, to)` for each basket: its products are `products[from]` … `products[to − 1]`. */
  forEach(visit: (products: Int32Array, from: number, to: number) => void): void {
    let at = 0;
    for (let basket = 0; basket < this.count; basket++) {
      const size = this.sizes[basket] as number;
      visit(this.products, at, at + size);
      at += size;
    }
  }
}

/** Every ticket's basket, summed: what the basket insights read. */
export interface BasketSummary {
  /** Tickets with at least one product. */
  tickets: number;
  /** …with two or more. */
  multi: number;
  /** Product index → tickets whose basket holds it. */
  productTickets: Float64Array;
  /** Per BASKET_SIZES segment: tickets and their net total in cents. */
  segments: { tickets: number; cents: number }[];
  /** The baskets that can make pairs, in ticket order, in parts read one after the other. */
  pairBaskets: PairBaskets[];
}

/** Sums baskets into a `BasketSummary` as each one is done. */
export class BasketSummarizer {
  tickets = 0;
  multi = 0;
  productTickets = new Float64Array(256);
  readonly segments = BASKET_SIZES.map(() => ({ tickets: 0, cents: 0 }));
  readonly pairBaskets = new PairBaskets();

  /** A ticket's distinct products, ascending (`products[from]` … `products[to − 1]`), and its cents. */
  add(products: ArrayLike<number>, from: number, to: number, cents: number): void {
    const size = to - from;
    if (size === 0) return;
    this.tickets++;
    for (let i = from; i < to; i++) {
      const product = products[i] as number;
      if (product >= this.productTickets.length)
        this.productTickets = grownFloat64(this.productTickets, product + 1);
      this.productTickets[product] = (this.productTickets[product] as number) + 1;
    }
    const segment = this.segments[segmentOf(size)] as { tickets: number; cents: number };
    segment.tickets++;
    segment.cents += cents;
    if (size < 2) return;
    this.multi++;
    if (size <= MAX_BASKET_FOR_PAIRS) this.pairBaskets.add(products, from, to);
  }

  /**
   * The summary so far, plus the baskets `rest` adds (tickets not done yet), without changing
   * this one: the pair baskets kept so far are shared, not copied.
   */
  summary(rest?: (more: BasketSummarizer) => void): BasketSummary {
    const more = new BasketSummarizer();
    rest?.(more);
    const productTickets = new Float64Array(Math.max(this.productTickets.length, more.productTickets.length));
    productTickets.set(this.productTickets);
    for (let p = 0; p < more.productTickets.length; p++)
      productTickets[p] = (productTickets[p] as number) + (more.productTickets[p] as number);
    const kept = new PairBaskets();
    Object.assign(kept, this.pairBaskets); // a view of what is kept now: later adds go past it
    return {
      tickets: this.tickets + more.tickets,
      multi: this.multi + more.multi,
      productTickets,
      segments: this.segments.map((s, i) => ({
        tickets: s.tickets + (more.segments[i]?.tickets ?? 0),
        cents: s.cents + (more.segments[i]?.cents ?? 0),
      })),
      pairBaskets: [kept, more.pairBaskets],
    };
  }
}

function segmentOf(size: number): number {
  let at = 0;
  while ((BASKET_SIZES[at] as (typeof BASKET_SIZES)[number]).max < size) at++;
  return at;
}
