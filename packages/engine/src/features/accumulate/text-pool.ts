/**
 * Strings kept as UTF-16 code units in one growing Uint16Array, each found again by its offset
 * and length. A million lines bring ~300k ticket ids, each a fresh string: kept as strings they
 * would be 300k objects the garbage collector copies out of the young generation and then marks
 * on every full collection; here they are bytes it never looks into.
 */
export class TextPool {
  private chars = new Uint16Array(4096);
  private used = 0;

  /** Code units stored so far. */
  get size(): number {
    return this.used;
  }

  /** Stores `text`; returns its offset (its length is `text.length`). */
  add(text: string): number {
    const offset = this.used;
    const length = text.length;
    if (offset + length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(offset + length, this.chars.length * 2));
      bigger.set(this.chars.subarray(0, offset));
      this.chars = bigger;
    }
    const chars = this.chars;
    for (let i = 0; i < length; i++) chars[offset + i] = text.charCodeAt(i);
    this.used = offset + length;
    return offset;
  }

  /** True when the text stored at `offset` with `length` code units is `text`. */
  equals(offset: number, length: number, text: string): boolean {
    if (text.length !== length) return false;
    const chars = this.chars;
    for (let i = 0; i < length; i++) if (chars[offset + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** The text stored at `offset` (for tests and messages; the engine never needs it back). */
  text(offset: number, length: number): string {
    return String.fromCharCode(...this.chars.subarray(offset, offset + length));
  }
}
