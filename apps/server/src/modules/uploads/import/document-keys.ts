import { DocumentIdSet } from '@ayni/engine';
import { storedText } from './stored-values';

/**
 * A line's natural key and position, computed as the lines stream in file order: the
 * occurrence of its product within its document and its line number in the document. Exact
 * while each document's lines are contiguous in the file, as POS exports write tickets; a
 * document seen again after another one makes `trusted` false, and the merge computes both in
 * SQL instead (the window sorts over the whole file this saves).
 *
 * Documents and products are compared as PostgreSQL stores them (`storedText`), as the SQL
 * computation groups them. Finished documents are remembered in a `DocumentIdSet` (numbered ones
 * in a bitmap, others by a 64-bit hash): a collision can only make `trusted` false for nothing,
 * never a wrong key.
 */
export class DocumentKeys {
  trusted = true;
  /** Of the line last given to `next`. */
  occurrence = 0;
  lineNo = 0;
  private current: string | null = null;
  private readonly products = new Map<string, number>();
  private readonly finished = new DocumentIdSet();

  next(transId: string, productId: string): void {
    if (!this.trusted) return;
    const document = storedText(transId) as string;
    if (document !== this.current) {
      if (this.current !== null) this.finished.add(this.current);
      if (this.finished.has(document)) {
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
