import { grownInt32, grownUint8 } from './growable';

/**
 * Flags of (entry, x) pairs, entries being dense numbers (ticket-days, customer-days) and x small
 * ones (a customer, a branch). Almost every entry meets a single x (a ticket has one customer
 * and is rung up at one branch): the first x of an entry and its flags live in typed arrays,
 * and only further ones in a map, so distinct (customer, ticket, day) or (branch, ticket, day)
 * triples are counted without a set of strings.
 */
export class EntryPairs {
  private first = new Int32Array(256).fill(-1);
  private flags = new Uint8Array(256);
  /** entry → [x, flags, x, flags, …] beyond the first x */
  private readonly more = new Map<number, number[]>();

  /** Sets `bit` on (entry, x); true when it was not set before. */
  mark(entry: number, x: number, bit: number): boolean {
    if (entry >= this.first.length) {
      this.first = grownInt32(this.first, entry + 1, -1);
      this.flags = grownUint8(this.flags, entry + 1);
    }
    const first = this.first[entry] as number;
    if (first === x) {
      const flags = this.flags[entry] as number;
      if ((flags & bit) !== 0) return false;
      this.flags[entry] = flags | bit;
      return true;
    }
    if (first === -1) {
      this.first[entry] = x;
      this.flags[entry] = bit;
      return true;
    }
    return this.markMore(entry, x, bit);
  }

  /** The first x paired with `entry`, or −1 (then there is no other). */
  firstOf(entry: number): number {
    return entry < this.first.length ? (this.first[entry] as number) : -1;
  }

  /** The x paired with `entry` after its first, with their flags: [x, flags, x, flags, …]. */
  moreOf(entry: number): readonly number[] | undefined {
    return this.more.get(entry);
  }

  /** Calls `visit(x, flags)` for every x paired with `entry`. */
  forEach(entry: number, visit: (x: number, flags: number) => void): void {
    if (entry >= this.first.length) return;
    const first = this.first[entry] as number;
    if (first === -1) return;
    visit(first, this.flags[entry] as number);
    const more = this.more.get(entry);
    if (more !== undefined)
      for (let i = 0; i < more.length; i += 2) visit(more[i] as number, more[i + 1] as number);
  }

  /**
   * Follows the entries' renumbering (`TicketBook.onFold`): entry `e` becomes `moved[e]`, or is
   * dropped with its pairs (−1); `kept` entries are left.
   */
  renumber(moved: Int32Array, size: number, kept: number): void {
    const end = Math.min(size, this.first.length);
    const more = new Map<number, number[]>();
    for (let entry = 0; entry < end; entry++) {
      const to = moved[entry] as number;
      if (to < 0) continue;
      this.first[to] = this.first[entry] as number;
      this.flags[to] = this.flags[entry] as number;
      const others = this.more.get(entry);
      if (others !== undefined) more.set(to, others);
    }
    if (kept < end) {
      this.first.fill(-1, kept, end);
      this.flags.fill(0, kept, end);
    }
    this.more.clear();
    for (const [entry, others] of more) this.more.set(entry, others);
  }

  private markMore(entry: number, x: number, bit: number): boolean {
    let more = this.more.get(entry);
    if (more === undefined) {
      more = [];
      this.more.set(entry, more);
    }
    for (let i = 0; i < more.length; i += 2) {
      if (more[i] !== x) continue;
      const flags = more[i + 1] as number;
      if ((flags & bit) !== 0) return false;
      more[i + 1] = flags | bit;
      return true;
    }
    more.push(x, bit);
    return true;
  }
}
