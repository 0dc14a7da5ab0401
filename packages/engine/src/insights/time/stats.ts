/** Small robust statistics on short arrays (baselines hold a handful of values). */

/** Median of the first `count` values of `values`; sorts that prefix in place. */
export function medianInPlace(values: Float64Array, count = values.length): number {
  if (count === 0) return Number.NaN;
  const part = values.subarray(0, count).sort(); // typed arrays sort numerically
  const mid = count >> 1;
  return count % 2 === 1 ? (part[mid] as number) : ((part[mid - 1] as number) + (part[mid] as number)) / 2;
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
