import { compareText } from '../rows/compare';

/**
 * Interns values (product, customer, branch, category ids) as small integers 0, 1, 2… in order
 * of first appearance, so per-entity state lives in flat arrays indexed by them.
 *
 * Strings are found through an open-addressing table of their FNV-1a hashes (Int32Arrays): every
 * line brings string objects of its own, and hashing them here then comparing the one candidate
 * costs less than half a `Map` lookup. Anything else (null, or a value that is not a string)
 * goes through a small `Map`. The last value asked for is remembered: the lines of a ticket
 * mostly repeat the customer and the branch.
 */
export class Interner<T extends string | null> {
  /** id → value */
  readonly values: T[] = [];
  /** id → hash of its string (0 for other values) */
  private hashes = new Int32Array(64);
  /** id + 1 of a string, 0 = empty; never more than half full */
  private slots = new Int32Array(128);
  private readonly others = new Map<T, number>();
  private lastValue: T | null = null;
  private lastId = -1;

  get size(): number {
    return this.values.length;
  }

  idOf(value: T): number {
    if (this.lastId >= 0 && value === this.lastValue) return this.lastId;
    const id = typeof value === 'string' ? this.stringId(value, true) : this.otherId(value, true);
    this.lastValue = value;
    this.lastId = id;
    return id;
  }

  /** The id of `value`, or −1 when it was never interned. */
  find(value: T): number {
    return typeof value === 'string' ? this.stringId(value, false) : this.otherId(value, false);
  }

  /** Every id, in code-unit order of the values (null last): the order rows are written in. */
  sortedIds(): number[] {
    const values = this.values;
    if (this.others.size === 0) {
      // The default sort compares strings by code units, natively: much faster than a comparator.
      return [...(values as string[])].sort().map((value) => this.stringId(value, false));
    }
    return Array.from(values, (_, id) => id).sort((a, b) => compareText(values[a] as T, values[b] as T));
  }

  private stringId(value: string, add: boolean): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    hash |= 0;
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hash & mask;
    for (;;) {
      const slot = slots[i] as number;
      if (slot === 0) break;
      const id = slot - 1;
      if (this.hashes[id] === hash && this.values[id] === value) return id;
      i = (i + 1) & mask;
    }
    if (!add) return -1;
    const id = this.push(value as T, hash);
    slots[i] = id + 1;
    if (id * 2 + 2 > slots.length) this.rehash();
    return id;
  }

  private otherId(value: T, add: boolean): number {
    const found = this.others.get(value);
    if (found !== undefined || !add) return found ?? -1;
    const id = this.push(value, 0);
    this.others.set(value, id);
    return id;
  }

  private push(value: T, hash: number): number {
    const id = this.values.length;
    this.values.push(value);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.values.length; id++) {
      if (typeof this.values[id] !== 'string') continue;
      let i = (this.hashes[id] as number) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
  }
}
