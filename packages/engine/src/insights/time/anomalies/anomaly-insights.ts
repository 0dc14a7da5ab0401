import type { TimeInsightInput } from '../input';
import type { DailySeries } from '../series';
import { unavailable } from '../text';
import type { AnomalyInsights } from './types';

export function anomalyInsights(_input: TimeInsightInput, _series: DailySeries | null): AnomalyInsights {
  const pending = unavailable('NOT_COMPUTED', 'Sección en preparación.', 'Section not computed yet.');
  return { daily_revenue: pending, unit_price: pending };
}
