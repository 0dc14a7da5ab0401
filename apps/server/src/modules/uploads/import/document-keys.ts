import { storedText } from './stored-values';

/**
 * A line's natural key and position, computed as the lines stream in file order: the
 * occurrence of its product within its document and its line number in the document. Exact
 * while each document's lines are contiguous in the file, as POS exports write tickets; a
 * document seen again after another one makes `trusted` false, and the merge computes both in
 * SQL instead (the window sorts over the whole file this saves).
 *
 * Documents and products are compared as PostgreSQL stores them (`storedText`), as the SQL
 * computation groups them. Finished documents are remembered by a 64-bit hash: a collision can
 * only make `trusted` false for nothing, never a wrong key.
 */
export class DocumentKeys {
  trusted = true;
  /** Of the line last given to `next`. */
  occurrence = 0;
  lineNo = 0;
  private current: string | null = null;
  private readonly products = new Map<string, number>();
  private readonly finished = new HashSet64();

  next(transId: string, productId: string): void {
    if (!this.trusted) return;
    const document = storedText(transId) as string;
    if (document !== this.current) {
      if (this.current !== null) this.finished.add(fnv1a(this.current), murmurish(this.current));
      if (this.finished.has(fnv1a(document), murmurish(document))) {
        this.trusted = false;
        this.products.clear();
        return;
      }
      this.current = document;
      this.lineNo = 0;
      this.products.clear();
    }
    const product = storedText(productId) as string;
    const occurrence = (this.products.get(product) ?? 0) + 1;
    this.products.set(product, occurrence);
    this.occurrence = occurrence;
    this.lineNo += 1;
  }
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** An independent second half: multiply-rotate per code unit, murmur3's final mix. */
function murmurish(text: string): number {
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

/**
 * A set of 64-bit hashes (two 32-bit halves) in typed arrays, open addressing: a few bytes per
 * document where a `Set` of strings takes a hundred. 32 bits would not do: among 300,000
 * documents a dozen would collide. A `lo` of 0 is stored as 1 (a collision at worst).
 */
class HashSet64 {
  private lo = new Uint32Array(1 << 16);
  private hi = new Uint32Array(1 << 16);
  private size = 0;

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
    if ((this.size + 1) * 2 > this.lo.length) this.grow();
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
