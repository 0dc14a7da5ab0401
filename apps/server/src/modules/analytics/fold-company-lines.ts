import type { FeatureAccumulator, FeatureLine } from '@ayni/engine';
import type pg from 'pg';
import { readCompanyLines } from './company-lines';

/** What one read of the lines feeds: a feature accumulator and whatever rides along with it. */
export interface LinesFold {
  accumulator: FeatureAccumulator;
  add(line: FeatureLine): void;
  /** False when what rides along lost track of the promised order too (the insights' baskets). */
  exact?(): boolean;
}

/**
 * Reads the company's stored lines into the fold `begin` makes. Lines are stored in the order
 * their files gave them, each ticket's lines together, so the first read promises contiguous
 * tickets (the accumulator then keeps no book of every ticket); when a ticket comes back after
 * another one (lines updated in place, a ticket split across uploads), the lines are read again
 * into a fold without the promise. Both reads must see the same lines: call it under the
 * company's import lock or in a repeatable-read transaction.
 */
export async function foldCompanyLines<Fold extends LinesFold>(
  client: pg.PoolClient,
  companyId: string,
  begin: (contiguousTickets: boolean) => Fold,
): Promise<Fold> {
  const first = begin(true);
  const holds = () => first.accumulator.ticketsExact && (first.exact?.() ?? true);
  await readCompanyLines(client, companyId, (line) => {
    if (holds()) first.add(line);
  });
  if (holds()) return first;
  const again = begin(false);
  await readCompanyLines(client, companyId, (line) => again.add(line));
  return again;
}
