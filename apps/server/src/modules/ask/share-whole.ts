import type { AskFilters } from '@ayni/contracts';

/**
 * The branch whose sales a share is of: a product, category, customer or unit named with a branch
 * is a part of that branch's sales; a branch alone (or no branch) is a part of the company's (null).
 */
export function shareWholeBranch(filters: AskFilters): string | null {
  const part = filters.product || filters.category || filters.customer || filters.unit;
  return part && filters.location ? filters.location : null;
}
