import type { ForecastInsights } from '../forecast/types';
import type { Bilingual, Unavailable } from '../text';

export type TrendDirection = 'GROWING' | 'STABLE' | 'DECLINING';

export interface RevenueTrend {
  available: true;
  /** Days fitted: every day of the range, days without lines as 0. */
  days: number;
  mean_daily_revenue: number;
  /** OLS slope of daily revenue, pesos per day. */
  slope_per_day: number;
  /** slope × 30.4375 / mean daily revenue × 100; null when the mean is not positive. */
  growth_pct_per_month: number | null;
  r_squared: number | null;
  direction: TrendDirection;
  message: Bilingual;
}

export interface MovingAveragePoint {
  date: string;
  revenue: number;
  /** Mean of this day and the 6 before; null until 7 days exist. */
  ma7: number | null;
  /** Mean of this day and the 27 before; null until 28 days exist. */
  ma28: number | null;
}

export interface TrendInsights {
  /**
   * The last day, left out of every figure here because it looks incomplete (its lines stop
   * before a normal day of that weekday reaches 90 % of its revenue); null when none was.
   */
  excluded_partial_day: string | null;
  trend: RevenueTrend | Unavailable;
  moving_averages: MovingAveragePoint[];
  forecast: ForecastInsights;
}
