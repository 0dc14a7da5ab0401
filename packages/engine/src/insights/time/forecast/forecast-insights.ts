import type { DailySeries } from '../series';
import { unavailable } from '../text';
import type { ForecastInsights } from './types';

export function forecastInsights(_series: DailySeries | null): ForecastInsights {
  const pending = unavailable('NOT_COMPUTED', 'Pronóstico en preparación.', 'Forecast not computed yet.');
  return { next_30_days: pending, next_90_days: pending, next_3_months: pending };
}
