import { grownFloat64, grownInt32 } from './growable';

/**
 * Cells grouped by `a`: those of group g are `cells[start[g]]` … `cells[start[g + 1] − 1]`, and
 * `b[i]` is the b of `cells[i]` (read in order, where `pairs.b[cells[i]]` would jump around).
 */
export interface CellGroups {
  start: Int32Array;
  cells: Int32Array;
  b: Float64Array;
}

/**
 * Numbers (a, b) pairs densely, 0, 1, 2… in order of first appearance: `a` is a small
 * non-negative integer (an interned product, customer, branch or category), `b` any finite
 * number (a day id, a month index, a price in pesos). The numbers ("cells") then index flat
 * typed arrays of sums and counts, instead of a Map (or an object) per product×day.
 *
 * Each `a` remembers its last `b` and cell (a product's lines of one day mostly come one after
 * another) and its greatest `b`: a greater one is new, so lines in time order find and add
 * their cells without hashing. Any other lookup goes to an open-addressing table over the keys
 * (an Int32Array at most three quarters full), built the first time it is needed and kept from
 * then on.
 */
export class PairIndex {
  size = 0;
  /** cell → a, b */
  a = new Int32Array(256);
  b = new Float64Array(256);
  /** cell + 1, 0 = empty; built on the first lookup the order of the pairs cannot answer. */
  private slots: Int32Array<ArrayBuffer> | null = null;
  /** Where the last missed `find` stopped in `slots` (−1: it did not search). */
  private probe = -1;
  private lastB = new Float64Array(64).fill(Number.NaN);
  private lastCell = new Int32Array(64);
  /** Greatest b of each a so far. */
  private maxB = new Float64Array(64).fill(Number.NEGATIVE_INFINITY);

  /** The cell of (a, b), or −1; after a miss, `insert(a, b)` adds it. */
  find(a: number, b: number): number {
    if (a < this.lastB.length) {
      if (this.lastB[a] === b) return this.lastCell[a] as number;
    } else {
      this.lastB = grownFloat64(this.lastB, a + 1, Number.NaN);
      this.lastCell = grownInt32(this.lastCell, a + 1);
      this.maxB = grownFloat64(this.maxB, a + 1, Number.NEGATIVE_INFINITY);
    }
    // Past every b of this a: new for sure. Lines in time order find each new day this way,
    // and never need the hash table.
    if (b > (this.maxB[a] as number)) {
      this.probe = -1;
      return -1;
    }
    if (this.slots === null) this.slots = this.table(Math.max(512, nextPowerOfTwo(this.size * 4)));
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = hashPair(a, b) & mask;
    for (;;) {
      const slot = slots[i] as number;
      if (slot === 0) {
        this.probe = i;
        return -1;
      }
      const cell = slot - 1;
      if (this.a[cell] === a && this.b[cell] === b) {
        this.lastB[a] = b;
        this.lastCell[a] = cell;
        return cell;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds (a, b); only right after `find(a, b)` returned −1. Returns the new cell. */
  insert(a: number, b: number): number {
    const cell = this.size++;
    if (cell === this.a.length) {
      this.a = grownInt32(this.a, cell + 1);
      this.b = grownFloat64(this.b, cell + 1);
    }
    this.a[cell] = a;
    this.b[cell] = b;
    this.lastB[a] = b;
    this.lastCell[a] = cell;
    if (b > (this.maxB[a] as number)) this.maxB[a] = b;
    const slots = this.slots;
    if (slots !== null) {
      if (this.size * 4 > slots.length * 3) this.slots = this.table(slots.length * 2);
      else slots[this.probe >= 0 ? this.probe : this.emptySlot(a, b, slots)] = cell + 1;
    }
    return cell;
  }

  /** The cell of (a, b), added when missing. */
  cellOf(a: number, b: number): number {
    const cell = this.find(a, b);
    return cell >= 0 ? cell : this.insert(a, b);
  }

  /**
   * Cells grouped by `a` (0 ≤ a < groups), each group in ascending `rank[b]` (or `b` itself
   * without a rank). Cells usually arrive in order (lines in time order), so a group is sorted
   * only when it is not already.
   */
  grouped(groups: number, rank?: ArrayLike<number>): CellGroups {
    return groupCells(this.size, this.a, this.b, groups, rank);
  }

  /** A table of `length` slots (a power of two) holding every cell. */
  private table(length: number): Int32Array<ArrayBuffer> {
    const slots = new Int32Array(length);
    for (let cell = 0; cell < this.size; cell++)
      slots[this.emptySlot(this.a[cell] as number, this.b[cell] as number, slots)] = cell + 1;
    return slots;
  }

  private emptySlot(a: number, b: number, slots: Int32Array): number {
    const mask = slots.length - 1;
    let i = hashPair(a, b) & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    return i;
  }
}

/**
 * Cells 0…size−1 grouped by `keyA[cell]` (0 ≤ a < groups; a cell whose a is negative is left
 * out), each group in ascending `rank[b]` (or b itself). See `PairIndex.grouped`.
 */
export function groupCells(
  size: number,
  keyA: ArrayLike<number>,
  keyB: ArrayLike<number>,
  groups: number,
  rank?: ArrayLike<number>,
): CellGroups {
  const start = new Int32Array(groups + 1);
  for (let cell = 0; cell < size; cell++) {
    const g = (keyA[cell] as number) + 1;
    if (g > 0) start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const used = start[groups] as number;
  const cells = new Int32Array(used);
  const b = new Float64Array(used);
  const keys = rank === undefined ? b : new Float64Array(used);
  for (let cell = 0; cell < size; cell++) {
    const g = keyA[cell] as number;
    if (g < 0) continue;
    const at = fill[g] as number;
    fill[g] = at + 1;
    const value = keyB[cell] as number;
    cells[at] = cell;
    b[at] = value;
    if (rank !== undefined) keys[at] = rank[value] as number;
  }
  for (let g = 0; g < groups; g++) {
    const from = start[g] as number;
    const to = start[g + 1] as number;
    let sorted = true;
    for (let i = from + 1; i < to; i++) {
      if ((keys[i - 1] as number) > (keys[i] as number)) {
        sorted = false;
        break;
      }
    }
    if (!sorted) sortSegment(cells, b, keys, from, to);
  }
  return { start, cells, b };
}

/** Sorts positions from…to of the three parallel arrays by `keys` (distinct within a group). */
function sortSegment(cells: Int32Array, b: Float64Array, keys: Float64Array, from: number, to: number): void {
  if (to - from <= 32) {
    // Short groups (a product's few prices, a customer's days): in place, no allocation.
    for (let i = from + 1; i < to; i++) {
      const cell = cells[i] as number;
      const value = b[i] as number;
      const key = keys[i] as number;
      let j = i - 1;
      for (; j >= from && (keys[j] as number) > key; j--) {
        cells[j + 1] = cells[j] as number;
        b[j + 1] = b[j] as number;
        if (keys !== b) keys[j + 1] = keys[j] as number;
      }
      cells[j + 1] = cell;
      b[j + 1] = value;
      keys[j + 1] = key;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort(
    (x, y) => (keys[x] as number) - (keys[y] as number),
  );
  const sortedCells = order.map((i) => cells[i] as number);
  const sortedB = order.map((i) => b[i] as number);
  const sortedKeys = order.map((i) => keys[i] as number);
  cells.set(sortedCells, from);
  b.set(sortedB, from);
  if (keys !== b) keys.set(sortedKeys, from);
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));

/** Mixes both keys (b through its low 32 bits: the equality test compares it whole). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
