import { dayNumber } from '../shared/stats';

/** Units sold over a period: a product × day or product × month row. */
export interface PeriodUnits {
  period_start: string;
  period_end: string;
  units: number;
}

export type ProductLifecycle = 'introduction' | 'growth' | 'maturity' | 'decline';

/** Days of each window compared by the lifecycle; products younger than this are "introduction". */
export const LIFECYCLE_WINDOW_DAYS = 90;
/** A velocity change beyond ±20 % between the windows is growth or decline. */
export const LIFECYCLE_CHANGE = 0.2;

/**
 * Lifecycle stage from the velocity trend: units per calendar day over the last 90 days up to
 * data_through vs the 90 days before, from day rows (exact) or month rows (spread evenly over
 * their days). A product first sold within the last
 * 90 days is in introduction; one with no units in the recent window is in decline.
 * Returns the stage and the change (null when the earlier window sold nothing).
 */
export function productLifecycle(
  periods: readonly PeriodUnits[],
  firstSale: string,
  dataThrough: string,
): { stage: ProductLifecycle; velocity_change_pct: number | null } {
  const end = dayNumber(dataThrough);
  if (end - dayNumber(firstSale) < LIFECYCLE_WINDOW_DAYS)
    return { stage: 'introduction', velocity_change_pct: null };
  const recentStart = end - LIFECYCLE_WINDOW_DAYS + 1;
  const earlierStart = recentStart - LIFECYCLE_WINDOW_DAYS;
  let recent = 0;
  let earlier = 0;
  // A month row is spread evenly over its days to fit the two 90-day windows.
  for (const month of periods) {
    const start = dayNumber(month.period_start);
    const stop = Math.min(dayNumber(month.period_end), end);
    const days = stop - start + 1;
    if (days <= 0 || month.units <= 0) continue;
    const perDay = month.units / days;
    recent += perDay * overlap(start, stop, recentStart, end);
    earlier += perDay * overlap(start, stop, earlierStart, recentStart - 1);
  }
  if (recent <= 0) return { stage: 'decline', velocity_change_pct: earlier > 0 ? -100 : null };
  if (earlier <= 0) return { stage: 'growth', velocity_change_pct: null };
  const change = recent / earlier - 1;
  const stage = change > LIFECYCLE_CHANGE ? 'growth' : change < -LIFECYCLE_CHANGE ? 'decline' : 'maturity';
  return { stage, velocity_change_pct: Math.round(change * 10000) / 100 };
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
