/** Performance tiers: where a company stands, in the metric's "better" direction. */
export type Tier = 'top_25' | 'middle_50' | 'bottom_25';

/**
 * The tier of a percentile rank (share of the cohort with a lower value). For metrics where
 * lower is better (return rate) the rank is read from the other end: a rank of 10 is the top.
 */
export function tierOf(rank: number, higherIsBetter: boolean): Tier {
  const standing = higherIsBetter ? rank : 100 - rank;
  if (standing >= 75) return 'top_25';
  if (standing < 25) return 'bottom_25';
  return 'middle_50';
}

export type IndexResult = { value: number; reason: null } | { value: null; reason: 'MEDIAN_NOT_POSITIVE' };

/**
 * Performance index = company value / cohort median × 100, to 1 decimal. A median of zero or
 * below has no meaningful ratio (growth rates can be negative): null with a reason.
 */
export function performanceIndex(value: number, median: number): IndexResult {
  if (!(median > 0)) return { value: null, reason: 'MEDIAN_NOT_POSITIVE' };
  return { value: Math.round((value / median) * 1000) / 10, reason: null };
}
