import { forecastInsights } from '../forecast/forecast-insights';
import type { DailySeries } from '../series';
import { movingAverages } from './moving-averages';
import { revenueTrend } from './revenue-trend';
import type { TrendInsights } from './types';

export function trendInsights(
  series: DailySeries | null,
  excludedPartialDay: string | null = null,
): TrendInsights {
  return {
    excluded_partial_day: excludedPartialDay,
    trend: revenueTrend(series),
    moving_averages: movingAverages(series),
    forecast: forecastInsights(series),
  };
}
