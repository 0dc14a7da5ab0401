/** Code-unit order (not locale order): identical on every machine and Node version. */
export const compareText = (a: string | null, b: string | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
};

export const sortedEntries = <K extends string | null, V>(map: Map<K, V>): [K, V][] =>
  [...map.entries()].sort((a, b) => compareText(a[0], b[0]));

export const sortedByNumber = <V>(map: Map<number, V>): [number, V][] =>
  [...map.entries()].sort((a, b) => a[0] - b[0]);

/** Numeric keys in ascending order, without an [key, value] array per entry. */
export const sortedKeys = (map: Map<number, unknown>): Float64Array => Float64Array.from(map.keys()).sort();
