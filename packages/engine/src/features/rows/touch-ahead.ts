import type { CellGroups } from '../accumulate/pair-index';
import type { TotalsTable } from '../accumulate/totals-table';

/**
 * Rows of entity × period cells go entity by entity, while the cells lie in the order they were
 * made (period by period): read one at a time, each costs a cache miss the row waits on. This
 * fetches the cells of `order[n]` and of the entities after it, ~64 cells, in one tight pass
 * (`TotalsTable.touch`) whose loads overlap; returns the position in `order` where it stopped,
 * the next `n` to call it with.
 */
export function touchAhead(
  totals: TotalsTable,
  groups: CellGroups,
  order: readonly number[],
  n: number,
): number {
  const { start, cells } = groups;
  let next = n;
  let touched = 0;
  while (next < order.length && touched < 64) {
    const entity = order[next++] as number;
    const from = start[entity] as number;
    const to = start[entity + 1] as number;
    totals.touch(cells, from, to);
    touched += to - from;
  }
  return next;
}
