/**
 * A set of 64-bit hashes (two 32-bit halves) in typed arrays, open addressing: a few bytes per
 * id where a `Set` of strings takes a hundred. 32 bits would not do: among 300,000 ids a dozen
 * would collide. A `lo` of 0 is stored as 1 (a collision at worst). Used where a hit only makes
 * a caller take its slower exact path, never where a collision could change a number.
 *
 * Up to three quarters full: most lookups are misses (a new document, a new ticket), and their
 * longer probes stay within a cache line or two of `lo`, while a half-full table took up to
 * twice the memory.
 */
export class HashSet64 {
  private lo = new Uint32Array(1 << 16);
  private hi = new Uint32Array(1 << 16);
  private size = 0;

  get memoryBytes(): number {
    return this.lo.byteLength + this.hi.byteLength;
  }

  has(lo: number, hi: number): boolean {
    const low = lo || 1;
    const mask = this.lo.length - 1;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const slot = this.lo[i] as number;
      if (slot === 0) return false;
      if (slot === low && this.hi[i] === hi) return true;
    }
  }

  add(lo: number, hi: number): void {
    const low = lo || 1;
    if ((this.size + 1) * 4 > this.lo.length * 3) this.grow();
    const mask = this.lo.length - 1;
    for (let i = low & mask; ; i = (i + 1) & mask) {
      const slot = this.lo[i] as number;
      if (slot === low && this.hi[i] === hi) return;
      if (slot === 0) {
        this.lo[i] = low;
        this.hi[i] = hi;
        this.size += 1;
        return;
      }
    }
  }

  private grow(): void {
    const [lo, hi] = [this.lo, this.hi];
    this.lo = new Uint32Array(lo.length * 2);
    this.hi = new Uint32Array(hi.length * 2);
    this.size = 0;
    for (let i = 0; i < lo.length; i++) if (lo[i] !== 0) this.add(lo[i] as number, hi[i] as number);
  }
}

/** FNV-1a over UTF-16 code units: the low half of a text's 64-bit hash. */
export function textHashLow(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An independent high half: multiply-rotate per code unit, murmur3's final mix. */
export function textHashHigh(text: string): number {
  let h = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Texts by their 64-bit hash (`textHashLow`, `textHashHigh`). */
export class TextHashSet {
  private readonly set = new HashSet64();
  get memoryBytes(): number {
    return this.set.memoryBytes;
  }
  has(text: string): boolean {
    return this.set.has(textHashLow(text), textHashHigh(text));
  }
  add(text: string): void {
    this.set.add(textHashLow(text), textHashHigh(text));
  }
}
