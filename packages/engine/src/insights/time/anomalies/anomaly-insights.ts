import type { TimeInsightInput } from '../input';
import type { DailySeries } from '../series';
import { dailyRevenueAnomalies } from './daily-anomalies';
import { priceOutliers } from './price-outliers';
import type { AnomalyInsights } from './types';

export function anomalyInsights(
  input: TimeInsightInput,
  series: DailySeries | null,
  excludedPartialDay: string | null = null,
): AnomalyInsights {
  return {
    daily_revenue: dailyRevenueAnomalies(series, excludedPartialDay),
    unit_price: priceOutliers(input),
  };
}
