import { grownFloat64, grownInt32 } from '../../features/accumulate/growable';
import { BasketSummarizer, type BasketSummary } from './basket-summary';

/** Products of closed tickets kept aside before the baskets move to chains. */
const MAX_SET_ASIDE = 4096;

/**
 * Each ticket's distinct products and net total, summed into a `BasketSummary`. While tickets
 * come in order (each one's lines together, as POS exports write them), a ticket's products are
 * sorted and written when the next ticket starts, one basket after another. A closed ticket that
 * comes back (stored lines read back have a few, see `RecentTickets`) keeps its further products
 * aside, merged into its basket later; past MAX_SET_ASIDE of them, everything moves to chains of
 * entries linked per ticket (8 bytes per sale line), which take lines in any order.
 *
 * With `summarizeBehind` (tickets known to come in order but for a few that come back shortly),
 * written baskets that many tickets behind the last are summed and dropped, so memory stays flat
 * however many tickets come: only the baskets that can make pairs are kept, a byte and their
 * products each. A ticket that comes back after that makes the summary `spoiled`: the caller's
 * ticket book then broke its promise too, and reads the lines again without it.
 */
export class TicketBaskets {
  private inOrder = true;
  /** Tickets [0, summed) are in `summarizer`; every index below is relative to `summed`. */
  private summed = 0;
  private readonly summarizer = new BasketSummarizer();
  /** In order: baskets of tickets [summed, closed) are written; ticket `closed` is open. */
  private closed = 0;
  /** Ticket t's products: `written[start[t]]` … `written[start[t + 1] − 1]`, ascending. */
  private start = new Int32Array(1024);
  private written = new Int32Array(4096);
  private used = 0;
  private open: number[] = [];
  /** Σ cents of each ticket's lines. */
  private cents = new Float64Array(1024);
  /** Products of tickets that came back after they were written: ticket, product, ticket, … */
  private setAside: number[] = [];
  /** Chains: ticket → its last entry (−1: none); entry → product, previous entry of its ticket. */
  private last = new Int32Array(0);
  private entryProduct = new Int32Array(0);
  private entryPrevious = new Int32Array(0);
  private entries = 0;
  /** True once a ticket came back after it was summed: the summary is wrong. */
  spoiled = false;

  constructor(
    /** Products set aside before everything moves to chains (small in tests). */
    private readonly maxSetAside = MAX_SET_ASIDE,
    /** Sum and drop written baskets this many tickets behind the last (never by default). */
    private readonly summarizeBehind = Number.POSITIVE_INFINITY,
  ) {}

  /** A line of `ticket` with `cents`: `product` ≥ 0 puts a product in its basket, −1 none. */
  add(ticket: number, product: number, cents: number): void {
    if (ticket < this.summed) {
      this.spoiled = true;
      return;
    }
    if (this.inOrder && ticket > this.closed) this.closeUpTo(ticket);
    const t = ticket - this.summed;
    this.cents = grownFloat64(this.cents, t + 1);
    this.cents[t] = (this.cents[t] as number) + cents;
    if (product < 0) return;
    if (this.inOrder) {
      if (ticket === this.closed) {
        this.open.push(product);
        return;
      }
      if (this.setAside.length < 2 * this.maxSetAside) {
        this.setAside.push(ticket, product);
        return;
      }
      this.toChains();
    }
    this.chain(t, product);
  }

  /** Bytes of the typed arrays held (written baskets, cents, chains, baskets kept for pairs). */
  get memoryBytes(): number {
    const kept = this.summarizer.pairBaskets;
    return [
      this.start,
      this.written,
      this.cents,
      this.last,
      this.entryProduct,
      this.entryPrevious,
      kept.sizes,
      kept.products,
    ]
      .map((array) => array.byteLength)
      .reduce((sum, bytes) => sum + bytes, 0);
  }

  /** Every basket of tickets [0, count) summed, this object unchanged (read at any point). */
  summary(count: number): BasketSummary {
    if (this.spoiled) throw new Error('a ticket came back after its basket was summed');
    const aside = this.setAsideByTicket(count);
    return this.summarizer.summary((more) => this.sumInto(more, count, aside));
  }

  /** Adds the baskets of tickets [summed, upTo) to `into` (written ones in place). */
  private sumInto(into: BasketSummarizer, upTo: number, aside: Map<number, number[]>): void {
    const basket: number[] = [];
    for (let ticket = this.summed; ticket < upTo; ticket++) {
      const t = ticket - this.summed;
      const cents = (this.cents[t] as number) || 0;
      if (this.inOrder && ticket < this.closed && !aside.has(ticket)) {
        into.add(this.written, this.start[t] as number, this.start[t + 1] as number, cents);
        continue;
      }
      this.basketOf(ticket, basket, aside);
      into.add(basket, 0, basket.length, cents);
    }
  }

  /** The products set aside for tickets below `upTo`, by ticket. */
  private setAsideByTicket(upTo: number): Map<number, number[]> {
    const aside = new Map<number, number[]>();
    for (let i = 0; i < this.setAside.length; i += 2) {
      const ticket = this.setAside[i] as number;
      if (ticket >= upTo) continue;
      const products = aside.get(ticket);
      if (products === undefined) aside.set(ticket, [this.setAside[i + 1] as number]);
      else products.push(this.setAside[i + 1] as number);
    }
    return aside;
  }

  /** Ticket `ticket`'s distinct products, ascending, into `into` (not yet summed). */
  private basketOf(ticket: number, into: number[], aside: Map<number, number[]>): void {
    into.length = 0;
    const t = ticket - this.summed;
    if (!this.inOrder) {
      const head = t < this.last.length ? (this.last[t] as number) : -1;
      for (let entry = head; entry >= 0; entry = this.entryPrevious[entry] as number)
        into.push(this.entryProduct[entry] as number);
    } else if (ticket === this.closed) into.push(...this.open);
    else if (ticket < this.closed) {
      for (let i = this.start[t] as number; i < (this.start[t + 1] as number); i++)
        into.push(this.written[i] as number);
      for (const product of aside.get(ticket) ?? []) into.push(product);
    }
    sortDistinct(into);
  }

  /** Writes the open ticket's basket, and empty ones for numbers with no line, up to `ticket`. */
  private closeUpTo(ticket: number): void {
    const end = this.writeBasket(this.used, this.open);
    this.open.length = 0;
    this.used = end;
    this.start = grownInt32(this.start, ticket - this.summed + 2);
    for (let t = this.closed + 1; t <= ticket; t++) this.start[t - this.summed] = end;
    this.closed = ticket;
    if (this.closed - this.summed >= 2 * this.summarizeBehind)
      this.sumUpTo(this.closed - this.summarizeBehind);
  }

  /** Writes `products` sorted, repeats dropped, from `at`; returns where they end. */
  private writeBasket(at: number, products: number[]): number {
    sortDistinct(products);
    this.written = grownInt32(this.written, at + products.length);
    for (let i = 0; i < products.length; i++) this.written[at + i] = products[i] as number;
    return at + products.length;
  }

  /** Sums the written baskets of tickets [summed, upTo) and drops them. */
  private sumUpTo(upTo: number): void {
    const count = upTo - this.summed;
    const aside = this.setAsideByTicket(upTo);
    const kept: number[] = [];
    for (let i = 0; i < this.setAside.length; i += 2) {
      const ticket = this.setAside[i] as number;
      if (ticket >= upTo) kept.push(ticket, this.setAside[i + 1] as number);
    }
    this.sumInto(this.summarizer, upTo, aside);
    const shift = this.start[count] as number;
    const open = this.closed - upTo;
    this.written.copyWithin(0, shift, this.used);
    this.used -= shift;
    for (let t = 0; t <= open; t++) this.start[t] = (this.start[t + count] as number) - shift;
    // The open ticket's cents may not be grown to yet: what is not copied starts at 0.
    const copied = Math.min(open + 1, this.cents.length - count);
    this.cents.copyWithin(0, count, count + copied);
    this.cents.fill(0, copied);
    this.setAside = kept;
    this.summed = upTo;
  }

  private toChains(): void {
    this.inOrder = false;
    const tickets = this.closed - this.summed + 1;
    this.last = new Int32Array(Math.max(1024, tickets)).fill(-1);
    this.entryProduct = new Int32Array(Math.max(4096, this.used + this.open.length));
    this.entryPrevious = new Int32Array(this.entryProduct.length);
    for (let t = 0; t < tickets - 1; t++)
      for (let i = this.start[t] as number; i < (this.start[t + 1] as number); i++)
        this.chain(t, this.written[i] as number);
    for (const product of this.open) this.chain(tickets - 1, product);
    for (let i = 0; i < this.setAside.length; i += 2)
      this.chain((this.setAside[i] as number) - this.summed, this.setAside[i + 1] as number);
    this.setAside = [];
    this.start = new Int32Array(0);
    this.written = new Int32Array(0);
    this.open = [];
  }

  /** Links `product` to ticket `t` (relative to `summed`). */
  private chain(t: number, product: number): void {
    if (t >= this.last.length) this.last = grownInt32(this.last, t + 1, -1);
    const entry = this.entries++;
    if (entry === this.entryProduct.length) {
      this.entryProduct = grownInt32(this.entryProduct, entry + 1);
      this.entryPrevious = grownInt32(this.entryPrevious, entry + 1);
    }
    this.entryProduct[entry] = product;
    this.entryPrevious[entry] = this.last[t] as number;
    this.last[t] = entry;
  }
}

/** Sorts a ticket's products ascending and drops repeats, in place (a ticket holds a few). */
function sortDistinct(products: number[]): void {
  if (products.length > 16) products.sort((a, b) => a - b);
  else {
    // Insertion sort: a few products, no comparator calls.
    for (let i = 1; i < products.length; i++) {
      const product = products[i] as number;
      let at = i;
      while (at > 0 && (products[at - 1] as number) > product) {
        products[at] = products[at - 1] as number;
        at--;
      }
      products[at] = product;
    }
  }
  let kept = 0;
  for (let i = 0; i < products.length; i++) {
    if (i > 0 && products[i] === products[i - 1]) continue;
    products[kept++] = products[i] as number;
  }
  products.length = kept;
}
