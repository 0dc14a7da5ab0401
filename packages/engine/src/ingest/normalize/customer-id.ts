import { normalizeRut } from '@ayni/contracts';

/** Past this many distinct ids the memo starts over: memory stays bounded on any file. */
const MEMO_LIMIT = 100_000;

/**
 * A customer's id as it is stored. A valid RUT written with its hyphen, in any spelling
 * (`12.345.678-5`, `12345678-5`, `12.345.678-k`, with spaces), becomes
 * `12345678-5`: POS exports write the same customer both ways, and one customer must not count
 * twice. Codes and names stay as written. The same rule as `customerLabel`, which shows it dotted.
 */
export function canonicalCustomerId(id: string): string {
  if (!id.includes('-')) return id;
  return normalizeRut(id) ?? id;
}

/**
 * `canonicalCustomerId` remembered per id: the lines of one ticket, and a customer's tickets,
 * repeat the same id, so a file of a million lines reads each RUT once.
 */
export class CustomerIds {
  private readonly memo = new Map<string, string>();
  private lastId = '';
  private lastCanonical = '';

  canonical(id: string | null): string | null {
    if (id === null) return null;
    if (id === this.lastId) return this.lastCanonical;
    let canonical = this.memo.get(id);
    if (canonical === undefined) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      canonical = canonicalCustomerId(id);
      this.memo.set(id, canonical);
    }
    this.lastId = id;
    this.lastCanonical = canonical;
    return canonical;
  }
}
