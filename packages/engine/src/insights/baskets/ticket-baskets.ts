import { grownInt32 } from '../../features/accumulate/growable';

/** Products of closed tickets kept aside before the baskets move to chains. */
const MAX_SET_ASIDE = 4096;

/**
 * The distinct products of every ticket, for the baskets. While tickets come in order (each
 * one's lines together, as POS exports write them), a ticket's products are sorted and written
 * when the next ticket starts, one basket after another: 4 bytes per distinct product and per
 * ticket. A closed ticket that comes back (stored lines read back have a few, see
 * `RecentTickets`) keeps its further products aside, merged into its basket when built; past
 * MAX_SET_ASIDE of them, everything moves to chains of entries linked per ticket (8 bytes per
 * sale line), which take lines in any order.
 */
export class TicketBaskets {
  private inOrder = true;
  /** In order: baskets of tickets [0, closed) are written; ticket `closed` is open. */
  private closed = 0;
  /** Ticket t's products: `written[start[t]]` … `written[start[t + 1] − 1]`, ascending. */
  private start = new Int32Array(1024);
  private written = new Int32Array(4096);
  private used = 0;
  private open: number[] = [];
  /** Products of tickets that came back after they were written: ticket, product, ticket, … */
  private setAside: number[] = [];
  /** Chains: ticket → its last entry (−1: none); entry → product, previous entry of its ticket. */
  private last = new Int32Array(0);
  private entryProduct = new Int32Array(0);
  private entryPrevious = new Int32Array(0);
  private entries = 0;

  constructor(
    /** Products set aside before everything moves to chains (small in tests). */
    private readonly maxSetAside = MAX_SET_ASIDE,
  ) {}

  /** A line of `ticket`: `product` ≥ 0 puts a product in its basket, −1 none. */
  add(ticket: number, product: number): void {
    if (this.inOrder) {
      if (ticket > this.closed) this.closeUpTo(ticket);
      else if (ticket < this.closed) {
        if (product < 0) return;
        if (this.setAside.length < 2 * this.maxSetAside) {
          this.setAside.push(ticket, product);
          return;
        }
        this.toChains();
      }
    }
    if (product < 0) return;
    if (this.inOrder) this.open.push(product);
    else this.chain(ticket, product);
  }

  /** The baskets of tickets [0, count): `products[start[t]]` … `products[start[t + 1] − 1]`. */
  build(count: number): { start: Int32Array; products: Int32Array } {
    if (!this.inOrder) return this.buildFromChains(count);
    const built = this.buildInOrder(count);
    return this.setAside.length === 0 ? built : this.withSetAside(built.start, built.products, count);
  }

  /** Writes the open ticket's basket, and empty ones for numbers with no line, up to `ticket`. */
  private closeUpTo(ticket: number): void {
    const end = this.writeBasket(this.used, this.open);
    this.open.length = 0;
    this.used = end;
    this.start = grownInt32(this.start, ticket + 2);
    for (let t = this.closed + 1; t <= ticket; t++) this.start[t] = end;
    this.closed = ticket;
  }

  /** Writes `products` sorted, repeats dropped, from `at`; returns where they end. */
  private writeBasket(at: number, products: number[]): number {
    products.sort((a, b) => a - b);
    this.written = grownInt32(this.written, at + products.length);
    let end = at;
    for (let i = 0; i < products.length; i++) {
      const product = products[i] as number;
      if (i > 0 && product === products[i - 1]) continue;
      this.written[end++] = product;
    }
    return end;
  }

  // Views, not copies (a basket list is a few MB): they hold until the next `add`.
  private buildInOrder(count: number) {
    if (count <= this.closed) {
      return {
        start: this.start.subarray(0, count + 1),
        products: this.written.subarray(0, this.start[count]),
      };
    }
    // The open ticket's basket goes after the written ones without being written: more of its
    // lines may come (and will write over it).
    const end = this.writeBasket(this.used, [...this.open]);
    this.start = grownInt32(this.start, count + 1);
    this.start.fill(end, this.closed + 1, count + 1);
    return { start: this.start.subarray(0, count + 1), products: this.written.subarray(0, end) };
  }

  private toChains(): void {
    this.inOrder = false;
    this.last = new Int32Array(Math.max(1024, this.closed + 1)).fill(-1);
    this.entryProduct = new Int32Array(Math.max(4096, this.used + this.open.length));
    this.entryPrevious = new Int32Array(this.entryProduct.length);
    for (let t = 0; t < this.closed; t++)
      for (let i = this.start[t] as number; i < (this.start[t + 1] as number); i++)
        this.chain(t, this.written[i] as number);
    for (const product of this.open) this.chain(this.closed, product);
    for (let i = 0; i < this.setAside.length; i += 2)
      this.chain(this.setAside[i] as number, this.setAside[i + 1] as number);
    this.setAside = [];
    this.start = new Int32Array(0);
    this.written = new Int32Array(0);
    this.open = [];
  }

  private chain(ticket: number, product: number): void {
    if (ticket >= this.last.length) this.last = grownInt32(this.last, ticket + 1, -1);
    const entry = this.entries++;
    if (entry === this.entryProduct.length) {
      this.entryProduct = grownInt32(this.entryProduct, entry + 1);
      this.entryPrevious = grownInt32(this.entryPrevious, entry + 1);
    }
    this.entryProduct[entry] = product;
    this.entryPrevious[entry] = this.last[ticket] as number;
    this.last[ticket] = entry;
  }

  /** The written baskets with the products set aside merged in (copies). */
  private withSetAside(start: Int32Array, written: Int32Array, count: number) {
    const pairs = this.setAside.length / 2;
    const order = Array.from({ length: pairs }, (_, k) => k).sort(
      (x, y) => (this.setAside[2 * x] as number) - (this.setAside[2 * y] as number),
    );
    const mergedStart = new Int32Array(count + 1);
    const products = new Int32Array(written.length + pairs);
    let used = 0;
    let k = 0;
    for (let ticket = 0; ticket < count; ticket++) {
      mergedStart[ticket] = used;
      const from = used;
      for (let i = start[ticket] as number; i < (start[ticket + 1] as number); i++)
        products[used++] = written[i] as number;
      for (; k < pairs && this.setAside[2 * (order[k] as number)] === ticket; k++) {
        used = insertSorted(products, from, used, this.setAside[2 * (order[k] as number) + 1] as number);
      }
    }
    mergedStart[count] = used;
    return { start: mergedStart, products: products.subarray(0, used) };
  }

  private buildFromChains(count: number) {
    const start = new Int32Array(count + 1);
    const products = new Int32Array(this.entries);
    let used = 0;
    for (let ticket = 0; ticket < count; ticket++) {
      start[ticket] = used;
      const from = used;
      const head = ticket < this.last.length ? (this.last[ticket] as number) : -1;
      for (let entry = head; entry >= 0; entry = this.entryPrevious[entry] as number)
        used = insertSorted(products, from, used, this.entryProduct[entry] as number);
    }
    start[count] = used;
    return { start, products: products.subarray(0, used) };
  }
}

/**
 * Inserts `product` into the ascending run `products[from]` … `products[used − 1]` unless it is
 * there (a ticket holds a few products); returns the run's new end.
 */
function insertSorted(products: Int32Array, from: number, used: number, product: number): number {
  let at = used;
  while (at > from && (products[at - 1] as number) > product) at--;
  if (at > from && products[at - 1] === product) return used;
  products.copyWithin(at + 1, at, used);
  products[at] = product;
  return used + 1;
}
