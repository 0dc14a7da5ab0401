/**
 * Sorts rows by `field` (`-field` descending): empty values last, numbers numerically, text in
 * es-CL order with numeric parts, stable. The explorer sorts period rows with it in the browser
 * and the level export with it on the server, so an export matches the view.
 */
export function sortRows<T extends Record<string, unknown>>(rows: readonly T[], sort: string): T[] {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const empty = (value: unknown) => value === null || value === undefined || value === '';
  return [...rows].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (empty(x) || empty(y)) return empty(x) === empty(y) ? 0 : empty(x) ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'es-CL', { numeric: true });
    return descending ? -order : order;
  });
}
