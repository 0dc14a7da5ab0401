/**
 * A bounded string-keyed table for hot loops. Cells come out of the CSV reader as fresh strings
 * whose hash V8 has not computed yet, and a Map lookup then pays a call into the runtime per
 * cell; hashing the char codes here and probing an array is several times cheaper.
 */
export class TextTable<V> {
  private readonly mask: number;
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private count = 0;

  /** Holds up to `limit` entries (then `isFull`); the slots are kept at most half used. */
  constructor(readonly limit: number) {
    let slots = 16;
    while (slots < limit * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get size(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.limit;
  }

  get(key: string): V | undefined {
    const keys = this.keys;
    let slot = hashText(key) & this.mask;
    for (;;) {
      const found = keys[slot];
      if (found === undefined) return undefined;
      if (found === key) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds a key that is not in the table yet; ignored when the table is full. */
  add(key: string, value: V): void {
    if (this.count >= this.limit) return;
    const keys = this.keys;
    let slot = hashText(key) & this.mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    keys[slot] = key;
    this.values[slot] = value;
    this.count++;
  }

  clear(): void {
    if (this.count === 0) return;
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.count = 0;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
