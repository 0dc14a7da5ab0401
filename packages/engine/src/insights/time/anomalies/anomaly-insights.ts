import type { TimeInsightInput } from '../input';
import type { DailySeries } from '../series';
import { unavailable } from '../text';
import { dailyRevenueAnomalies } from './daily-anomalies';
import type { AnomalyInsights } from './types';

export function anomalyInsights(_input: TimeInsightInput, series: DailySeries | null): AnomalyInsights {
  return {
    daily_revenue: dailyRevenueAnomalies(series),
    unit_price: unavailable('NOT_COMPUTED', 'Sección en preparación.', 'Section not computed yet.'),
  };
}
