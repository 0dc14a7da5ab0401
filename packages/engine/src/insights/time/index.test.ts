import { describe, expect, it } from 'vitest';
import { computeFeatures, type FeatureResult } from '../../features/index';
import { saleLine } from '../../features/lines.testkit';
import { computeTimeInsights, type TimeInsightInput } from './index';

describe('computeTimeInsights', () => {
  it('takes the feature engine result as it is and returns plain JSON', async () => {
    const features: FeatureResult = await computeFeatures([
      saleLine('2025-03-04T10:15-03:00', 't1', 'p1', 2, 2000),
      saleLine('2025-03-05T11:30-03:00', 't2', 'p1', 1, 1000),
    ]);
    const input: TimeInsightInput = features; // compile-time check: FeatureResult fits
    const insights = computeTimeInsights(input, { ticketsPerEmployeeHour: 12 });
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
  });

  it('answers with reasons, not a crash, when there is no data', () => {
    const empty: TimeInsightInput = {
      data_through: null,
      levels: { day: [], day_hour: [], product_day: [], product: [] },
    };
    const insights = computeTimeInsights(empty, { ticketsPerEmployeeHour: 0 });
    expect(insights.operations.available).toBe(false);
    expect(insights.trends.trend.available).toBe(false);
    expect(insights.anomalies.daily_revenue.available).toBe(false);
  });
});
