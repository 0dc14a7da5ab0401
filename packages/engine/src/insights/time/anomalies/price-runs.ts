import type { ProductDayRowInput } from '../input';

/**
 * The product-day rows of one product, in date order. The feature engine emits product_day
 * grouped by product and sorted by day; rows in any other order are grouped and sorted here.
 */
export function* productRuns(rows: readonly ProductDayRowInput[]): Generator<readonly ProductDayRowInput[]> {
  if (!groupedAndSorted(rows)) {
    const sorted = [...rows].sort((a, b) =>
      a.product_id === b.product_id ? compare(a.period, b.period) : compare(a.product_id, b.product_id),
    );
    yield* productRuns(sorted);
    return;
  }
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (
      i === rows.length ||
      (rows[i] as ProductDayRowInput).product_id !== (rows[start] as ProductDayRowInput).product_id
    ) {
      yield rows.slice(start, i);
      start = i;
    }
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupedAndSorted(rows: readonly ProductDayRowInput[]): boolean {
  const finished = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const previous = rows[i - 1] as ProductDayRowInput;
    const row = rows[i] as ProductDayRowInput;
    if (row.product_id === previous.product_id) {
      if (row.period <= previous.period) return false;
      continue;
    }
    finished.add(previous.product_id);
    if (finished.has(row.product_id)) return false;
  }
  return true;
}
