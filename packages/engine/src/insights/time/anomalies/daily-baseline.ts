import { isSpecialDay } from '../calendar/labels';
import type { DailySeries } from '../series';
import { medianInPlace } from '../stats';
import { BASELINE_WEEKS, MAX_LOOKBACK_WEEKS, MIN_BASELINE_WEEKS } from './thresholds';

export interface DayBaseline {
  /** Median revenue of the same weekday in the trailing weeks. */
  median: number;
  /** Same weekdays the median holds. */
  weeks: number;
  /**
   * Typical relative deviation: the MAD of every weekday's recent days around their own
   * weekday median, as a share of that median, pooled over the 7 weekdays and corrected for
   * small samples. 0 when no weekday has a positive median.
   */
  relativeMad: number;
}

/**
 * Weekday-aware trailing baseline of day `i` of the series. The centre is the median of the
 * same weekday in the previous weeks (up to 8, looking back at most 16 weeks), skipping holidays
 * and commercial events so that a Navidad or a CyberDay does not lift the normal level; null
 * with fewer than 4 such days. The spread is pooled over all weekdays: a MAD from 8 values is
 * so unsteady that by itself it flagged ~5 % of ordinary days at |z| ≥ 3.5 in simulation.
 */
export function dayBaselineFactory(series: DailySeries) {
  const values = new Float64Array(BASELINE_WEEKS);
  const deviations = new Float64Array(7 * BASELINE_WEEKS);
  const trailing = (j: number): number => {
    let count = 0;
    for (let week = 1; week <= MAX_LOOKBACK_WEEKS && count < BASELINE_WEEKS; week++) {
      const k = j - 7 * week;
      if (k < 0) break;
      if (isSpecialDay(series.firstDay + k)) continue;
      values[count++] = series.revenue[k] as number;
    }
    return count;
  };
  return (i: number): DayBaseline | null => {
    let pooled = 0;
    let own: { median: number; weeks: number } | null = null;
    // j = i + 7 − k reads the k days before i, then their earlier weeks (k = 7 is i's weekday).
    for (let k = 1; k <= 7; k++) {
      const count = trailing(i + 7 - k);
      if (count < MIN_BASELINE_WEEKS) continue;
      const median = medianInPlace(values, count);
      if (k === 7) own = { median, weeks: count };
      if (!(median > 0)) continue;
      for (let v = 0; v < count; v++)
        deviations[pooled++] = Math.abs((values[v] as number) - median) / median;
    }
    if (own === null) return null;
    const relativeMad = pooled === 0 ? 0 : medianInPlace(deviations, pooled) * smallSampleFactor(own.weeks);
    return { median: own.median, weeks: own.weeks, relativeMad };
  };
}

/**
 * Deviations around a median of n values understate the spread (n / (n − 0.8), Croux and
 * Rousseeuw), and the median itself is uncertain (variance ≈ π/2 · σ²/n).
 */
const smallSampleFactor = (n: number): number => (n / (n - 0.8)) * Math.sqrt(1 + Math.PI / (2 * n));
