import type { AnomalySeverity } from './types';

/** Same weekdays (non-holiday, non-event) in the trailing baseline, and the fewest it may have. */
export const BASELINE_WEEKS = 8;
export const MIN_BASELINE_WEEKS = 4;
/** How far back the baseline may look for its same weekdays (holidays are skipped). */
export const MAX_LOOKBACK_WEEKS = 16;

/**
 * The relative MAD is floored at 5 % of the median: on a very steady baseline (MAD near 0) any
 * wiggle would otherwise be "extreme"; with the floor a day must move at least ~26 % to reach 3.5.
 */
export const MAD_FLOOR_SHARE = 0.05;

/** |robust z| from which a day is an anomaly (Iglewicz & Hoaglin's 3.5), and severity bands. */
export const ANOMALY_Z = 3.5;
export const MEDIUM_Z = 5;
export const HIGH_Z = 8;

export function severityOf(z: number): AnomalySeverity | null {
  const size = Math.abs(z);
  if (size >= HIGH_Z) return 'HIGH';
  if (size >= MEDIUM_Z) return 'MEDIUM';
  if (size >= ANOMALY_Z) return 'LOW';
  return null;
}
