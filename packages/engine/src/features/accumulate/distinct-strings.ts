/**
 * A set of strings that costs one field while it holds one value: a customer-day almost always
 * has a single ticket, and a `Set` per customer-day would dominate memory.
 */
export class DistinctStrings {
  private first: string | null = null;
  private more: Set<string> | null = null;

  /** Adds `value`; true when it was not there yet. */
  add(value: string): boolean {
    if (this.first === null) {
      this.first = value;
      return true;
    }
    if (this.first === value) return false;
    if (this.more === null) this.more = new Set();
    const before = this.more.size;
    this.more.add(value);
    return this.more.size !== before;
  }

  get size(): number {
    return this.first === null ? 0 : 1 + (this.more?.size ?? 0);
  }

  addAllTo(target: Set<string>): void {
    if (this.first === null) return;
    target.add(this.first);
    if (this.more !== null) for (const value of this.more) target.add(value);
  }
}
