/**
 * A count per (a, b) pair of small non-negative integers (a customer and a product: how many of
 * the customer's sale lines name it). One open-addressing table holds each pair's keys and count
 * side by side (a, b, count: 12 bytes), so a line costs one cache miss where a `PairIndex` plus a
 * counts array cost three (table slot, keys, count): customers buy products at random, and a
 * million lines make ~400k pairs. At most three quarters full: a probe reads the next 12 bytes,
 * mostly in the same cache line, and a half-full table took a third more memory at its peak.
 */
export class PairCounts {
  size = 0;
  /** slot × 3 → a + 1 (0: empty), b, count */
  private slots = new Int32Array(3 * 1024);

  /** Adds 1 to the count of (a, b). */
  increment(a: number, b: number): void {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    let i = hashPair(a, b) & mask;
    for (;;) {
      const at = i * 3;
      const key = slots[at] as number;
      if (key === 0) break;
      if (key === a + 1 && slots[at + 1] === b) {
        slots[at + 2] = (slots[at + 2] as number) + 1;
        return;
      }
      i = (i + 1) & mask;
    }
    slots[i * 3] = a + 1;
    slots[i * 3 + 1] = b;
    slots[i * 3 + 2] = 1;
    if (++this.size * 4 > (mask + 1) * 3) this.rehash();
  }

  /** Calls `visit(a, b, count)` for every pair, in no particular order. */
  forEach(visit: (a: number, b: number, count: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 3) {
      const key = slots[at] as number;
      if (key !== 0) visit(key - 1, slots[at + 1] as number, slots[at + 2] as number);
    }
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 3 - 1;
    for (let from = 0; from < old.length; from += 3) {
      const key = old[from] as number;
      if (key === 0) continue;
      let i = hashPair(key - 1, old[from + 1] as number) & mask;
      while (slots[i * 3] !== 0) i = (i + 1) & mask;
      slots[i * 3] = key;
      slots[i * 3 + 1] = old[from + 1] as number;
      slots[i * 3 + 2] = old[from + 2] as number;
    }
    this.slots = slots;
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
