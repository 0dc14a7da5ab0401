import type { DailySeries } from '../series';
import { unavailable } from '../text';
import type { TrendInsights } from './types';

export function trendInsights(_series: DailySeries | null): TrendInsights {
  const pending = unavailable('NOT_COMPUTED', 'Sección en preparación.', 'Section not computed yet.');
  return {
    trend: pending,
    moving_averages: [],
    forecast: { next_30_days: pending, next_90_days: pending, next_3_months: pending },
  };
}
