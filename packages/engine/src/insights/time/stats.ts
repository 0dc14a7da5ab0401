/** Small robust statistics on short arrays (baselines hold a handful of values). */

/**
 * Median of the first `count` values of `values`; sorts that prefix in place. Insertion sort:
 * the arrays here hold at most ~20 values, where it beats `sort()` and allocates nothing.
 */
export function medianInPlace(values: Float64Array, count = values.length): number {
  if (count === 0) return Number.NaN;
  for (let i = 1; i < count; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
  const mid = count >> 1;
  return count % 2 === 1
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

export interface RobustCenter {
  median: number;
  /** Median absolute deviation from the median. */
  mad: number;
}

/** Median and MAD of the first `count` values; `scratch` (same length or more) is overwritten. */
export function robustCenter(values: Float64Array, count: number, scratch: Float64Array): RobustCenter {
  const median = medianInPlace(values, count);
  for (let i = 0; i < count; i++) scratch[i] = Math.abs((values[i] as number) - median);
  return { median, mad: medianInPlace(scratch, count) };
}

/** Iglewicz–Hoaglin modified z: 0.6745 (x − median) / MAD (≈ standard deviations for normal data). */
export const robustZ = (value: number, median: number, mad: number): number =>
  (0.6745 * (value - median)) / mad;
