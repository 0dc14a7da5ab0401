import { isSpecialDay } from '../calendar/labels';
import type { DailySeries } from '../series';
import { robustCenter } from '../stats';
import { BASELINE_WEEKS, MAX_LOOKBACK_WEEKS, MIN_BASELINE_WEEKS } from './thresholds';

export interface DayBaseline {
  median: number;
  mad: number;
  /** Same weekdays the baseline holds. */
  weeks: number;
}

/**
 * Weekday-aware trailing baseline of day `i` of the series: the revenue of the same weekday in
 * the previous weeks (up to 8, looking back at most 16 weeks), skipping holidays and commercial
 * events so that a Navidad or a CyberDay does not lift the normal level. Null when fewer than
 * 4 such days exist.
 */
export function dayBaselineFactory(series: DailySeries) {
  const values = new Float64Array(BASELINE_WEEKS);
  const scratch = new Float64Array(BASELINE_WEEKS);
  return (i: number): DayBaseline | null => {
    let count = 0;
    for (let week = 1; week <= MAX_LOOKBACK_WEEKS && count < BASELINE_WEEKS; week++) {
      const j = i - 7 * week;
      if (j < 0) break;
      if (isSpecialDay(series.firstDay + j)) continue;
      values[count++] = series.revenue[j] as number;
    }
    if (count < MIN_BASELINE_WEEKS) return null;
    const { median, mad } = robustCenter(values, count, scratch);
    return { median, mad, weeks: count };
  };
}
