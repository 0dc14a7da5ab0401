import { storedText } from './stored-values';

/** Pairs kept at most (a few MB); beyond, the warning finds them in the stage instead. */
export const MAX_REPEATED_PAIRS = 100_000;

/**
 * The (document, product) pairs seen a second time in the file, as stored (`storedText`),
 * collected while the keys stream: while the keys are trusted these are exactly the staged
 * rows with `occurrence = 2`, the only pairs whose lines DUPLICATE_LINE has to compare, so the
 * warning need not scan the stage to find them.
 */
export class RepeatedPairs {
  readonly documents: string[] = [];
  readonly products: string[] = [];
  /** False once there were too many to keep. */
  available = true;

  add(document: string, product: string): void {
    if (!this.available) return;
    if (this.documents.length >= MAX_REPEATED_PAIRS) {
      this.available = false;
      this.documents.length = 0;
      this.products.length = 0;
      return;
    }
    this.documents.push(storedText(document) as string);
    this.products.push(storedText(product) as string);
  }
}
