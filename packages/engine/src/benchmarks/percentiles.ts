/**
 * Order statistics of a cohort. Method (stated in docs/benchmarks.md): values are sorted, the
 * lowest and highest `floor(n × 5 %)` are dropped (trimming), and the p-th percentile of the
 * m values left is linear interpolation between closest ranks: h = (m − 1) × p, x[⌊h⌋] +
 * (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]) (Hyndman–Fan type 7, Excel PERCENTILE.INC).
 */
export const TRIM_SHARE = 0.05;
export const PUBLISHED_QUANTILES = [10, 25, 50, 75, 90] as const;

export interface CohortQuantiles {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** Ascending copy without the top and bottom `floor(n × share)` values. */
export function trimmed(values: readonly number[], share = TRIM_SHARE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * share);
  return sorted.slice(cut, sorted.length - cut);
}

/** The p-th percentile (0–100) of ascending values, type 7; null for no values. */
export function percentile(sorted: Readonly<ArrayLike<number>>, p: number): number | null {
  if (sorted.length === 0) return null;
  return percentileOfRange(sorted, 0, sorted.length, p);
}

/** `percentile` of `sorted[from..to)` (non-empty), without copying the range. */
function percentileOfRange(sorted: Readonly<ArrayLike<number>>, from: number, to: number, p: number): number {
  const h = (to - from - 1) * (p / 100);
  const low = Math.floor(h);
  const high = Math.min(low + 1, to - from - 1);
  const x = sorted[from + low] as number;
  return x + (h - low) * ((sorted[from + high] as number) - x);
}

/** p10, p25, median, p75, p90 of the trimmed values; null for no values. */
export function cohortQuantiles(values: readonly number[]): CohortQuantiles | null {
  return quantilesOfSorted([...values].sort((a, b) => a - b));
}

/** `cohortQuantiles` of values already sorted ascending (the job sorts each cut once). */
export function quantilesOfSorted(sorted: Readonly<ArrayLike<number>>): CohortQuantiles | null {
  const cut = Math.floor(sorted.length * TRIM_SHARE);
  const from = cut;
  const to = sorted.length - cut;
  if (to <= from) return null;
  return {
    p10: percentileOfRange(sorted, from, to, 10),
    p25: percentileOfRange(sorted, from, to, 25),
    p50: percentileOfRange(sorted, from, to, 50),
    p75: percentileOfRange(sorted, from, to, 75),
    p90: percentileOfRange(sorted, from, to, 90),
  };
}

/**
 * Percentile rank of `value` among the (untrimmed) cohort values, mid-rank definition:
 * (companies below + half of those equal) / n × 100, rounded to a whole number so a rank never
 * tells more than a whole percent.
 */
export function percentileRank(values: readonly number[], value: number): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return Math.round(((below + equal / 2) / values.length) * 100);
}

/** First index whose value is ≥ (or, with `after`, >) `value`, in ascending values. */
function bound(sorted: Readonly<ArrayLike<number>>, value: number, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const v = sorted[mid] as number;
    if (v < value || (after && v === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `percentileRank` over values already sorted ascending, in O(log n) (the job ranks every member). */
export function percentileRankSorted(sorted: Readonly<ArrayLike<number>>, value: number): number | null {
  if (sorted.length === 0) return null;
  const below = bound(sorted, value, false);
  const equal = bound(sorted, value, true) - below;
  return Math.round(((below + equal / 2) / sorted.length) * 100);
}
