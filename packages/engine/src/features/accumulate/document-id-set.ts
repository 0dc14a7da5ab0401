import { TextHashSet } from './hash-set-64';

/** Widest range of numbers the bitmap covers: 2^27 bits, 16 MB. */
const MAX_SPAN_BITS = 2 ** 27;
/** Longest number read as one: below 2^53, exact as a double. */
const MAX_DIGITS = 15;

/** The number `text` writes in plain decimal ("1000234"), or −1 ("00123", "12-A", "1e5"). */
export function plainNumber(text: string): number {
  const length = text.length;
  if (length === 0 || length > MAX_DIGITS) return -1;
  if (length > 1 && text.charCodeAt(0) === 48) return -1; // a leading zero: "007" is not "7"
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A set of document (ticket) ids. POS exports number their documents in sequence, so ids that
 * are plain numbers go in a bitmap over their range: the 1.8 million folios of a 5M-line export
 * take 220 KB where their 64-bit hashes took 34 MB. Any other id (and numbers too far from the
 * range) goes in a `TextHashSet`, whose collisions can only make a caller take its slower exact
 * path: the same promise this set makes.
 */
export class DocumentIdSet {
  /** Ids that are not plain numbers in reach of the bitmap (created for the first one). */
  private hashed: TextHashSet | null = null;
  /** Bit `n − base` of `words` is set when number `n` is in the set (base: a multiple of 32). */
  private base = 0;
  private words = new Uint32Array(0);

  has(id: string): boolean {
    const number = plainNumber(id);
    if (number >= 0) {
      const bit = number - this.base;
      if (bit >= 0 && bit < this.words.length * 32) {
        if (((this.words[bit >>> 5] as number) >>> (bit & 31)) & 1) return true;
      }
    }
    // A number may be hashed too: it came when the bitmap could not reach it.
    return this.hashed?.has(id) === true;
  }

  add(id: string): void {
    const number = plainNumber(id);
    if (number >= 0 && this.reach(number)) {
      const bit = number - this.base;
      this.words[bit >>> 5] = (this.words[bit >>> 5] as number) | (1 << (bit & 31));
      return;
    }
    this.hashed ??= new TextHashSet();
    this.hashed.add(id);
  }

  /** Bytes of the bitmap and of the hashed ids' table. */
  get memoryBytes(): number {
    return this.words.byteLength + (this.hashed?.memoryBytes ?? 0);
  }

  /** Grows the bitmap to cover `number`; false when that would pass MAX_SPAN_BITS. */
  private reach(number: number): boolean {
    const span = this.words.length * 32;
    if (span === 0) {
      this.base = number - (number % 32);
      this.words = new Uint32Array(1024);
      return true;
    }
    if (number >= this.base && number < this.base + span) return true;
    const low = Math.min(this.base, number - (number % 32));
    const high = Math.max(this.base + span, number + 1);
    if (high - low > MAX_SPAN_BITS) return false;
    // At least double, toward the side the number is on, so growing costs O(1) per id.
    let words = this.words.length * 2;
    while (words * 32 < high - low) words *= 2;
    words = Math.min(words, MAX_SPAN_BITS / 32);
    const end = this.base + span;
    const base = number < this.base ? Math.max(0, end - words * 32) : this.base;
    const grown = new Uint32Array(words);
    grown.set(this.words, (this.base - base) / 32);
    this.base = base;
    this.words = grown;
    return true;
  }
}
