import { describe, expect, it } from 'vitest';
import { cohortQuantiles, percentile, percentileRank, percentileRankSorted, trimmed } from './percentiles';
import { performanceIndex, tierOf } from './tiers';

const oneToTen = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];

describe('percentiles (type 7, linear between closest ranks)', () => {
  it('matches hand computation on 1..10 (no trimming below 20 companies)', () => {
    // h = 9p: p10 → 0.9 → 1 + 0.9 = 1.9; p25 → 2.25 → 3.25; p50 → 4.5 → 5.5; p75 → 6.75 → 7.75; p90 → 8.1 → 9.1
    const q = cohortQuantiles(oneToTen);
    expect(q?.p10).toBeCloseTo(1.9, 10);
    expect(q?.p25).toBeCloseTo(3.25, 10);
    expect(q?.p50).toBeCloseTo(5.5, 10);
    expect(q?.p75).toBeCloseTo(7.75, 10);
    expect(q?.p90).toBeCloseTo(9.1, 10);
  });

  it('trims floor(5 % of n) companies at each end before the percentiles', () => {
    const values = [...Array.from({ length: 19 }, (_, i) => i + 1), 1000]; // n = 20 → drop 1 each side
    expect(trimmed(values)).toEqual(Array.from({ length: 18 }, (_, i) => i + 2));
    const q = cohortQuantiles(values);
    // 2..19: h = 17p; median h = 8.5 → (10 + 11) / 2; p10 h = 1.7 → 3 + 0.7; p90 h = 15.3 → 17 + 0.3
    expect(q?.p50).toBeCloseTo(10.5, 10);
    expect(q?.p10).toBeCloseTo(3.7, 10);
    expect(q?.p90).toBeCloseTo(17.3, 10);
    expect(trimmed(oneToTen)).toHaveLength(10); // floor(0.5) = 0
    expect(trimmed(Array.from({ length: 40 }, (_, i) => i))).toHaveLength(36);
  });

  it('has no percentile of nothing', () => {
    expect(percentile([], 50)).toBeNull();
    expect(cohortQuantiles([])).toBeNull();
    expect(percentile([42], 90)).toBe(42);
  });

  it('ranks by mid-rank, rounded to a whole percent', () => {
    expect(percentileRank([10, 20, 30, 40], 30)).toBe(63); // (2 + 0.5) / 4 = 62.5 %
    expect(percentileRank([10, 20, 30, 40], 10)).toBe(13); // 0.5 / 4 = 12.5 %
    expect(percentileRank([5, 5, 5, 5], 5)).toBe(50);
    expect(percentileRank(oneToTen, 10)).toBe(95);
    expect(percentileRank([], 1)).toBeNull();
  });

  it('ranks the same by binary search over sorted values', () => {
    const sorted = [1, 2, 2, 2, 5, 8, 8, 13];
    for (const v of [0, 1, 2, 3, 5, 8, 13, 20])
      expect(percentileRankSorted(sorted, v)).toBe(percentileRank(sorted, v));
    expect(percentileRankSorted(sorted, 2)).toBe(31); // 1 below, 3 equal: (1 + 1.5) / 8 = 31.25 %
  });
});

describe('tiers and the performance index', () => {
  it('puts rank ≥ 75 on top and rank < 25 at the bottom', () => {
    expect(tierOf(75, true)).toBe('top_25');
    expect(tierOf(74, true)).toBe('middle_50');
    expect(tierOf(25, true)).toBe('middle_50');
    expect(tierOf(24, true)).toBe('bottom_25');
  });

  it('reads the rank from the other end when lower is better', () => {
    expect(tierOf(10, false)).toBe('top_25'); // few companies return less
    expect(tierOf(90, false)).toBe('bottom_25');
    expect(tierOf(50, false)).toBe('middle_50');
  });

  it('is value / median × 100, to one decimal, and null on a median of zero or less', () => {
    expect(performanceIndex(150, 120)).toEqual({ value: 125, reason: null });
    expect(performanceIndex(1, 3)).toEqual({ value: 33.3, reason: null });
    expect(performanceIndex(5, 0)).toEqual({ value: null, reason: 'MEDIAN_NOT_POSITIVE' });
    expect(performanceIndex(5, -2)).toEqual({ value: null, reason: 'MEDIAN_NOT_POSITIVE' });
  });
});
