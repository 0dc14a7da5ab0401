import { describe, expect, it } from 'vitest';
import { seriesOf } from '../series.testkit';
import { movingAverages } from './moving-averages';
import { revenueTrend } from './revenue-trend';
import type { RevenueTrend } from './types';

const line = (n: number, at: (i: number) => number) =>
  seriesOf(
    '2025-01-01',
    Array.from({ length: n }, (_, i) => at(i)),
  );

describe('revenue trend', () => {
  it('recovers the slope of a straight line, R² 1, growth per month relative to the mean', () => {
    const trend = revenueTrend(line(60, (i) => 1000 + 10 * i)) as RevenueTrend;
    expect(trend.slope_per_day).toBe(10);
    expect(trend.r_squared).toBe(1);
    expect(trend.mean_daily_revenue).toBe(1295); // 1000 + 10 × 29.5
    expect(trend.growth_pct_per_month).toBeCloseTo((10 * 30.4375 * 100) / 1295, 2);
    expect(trend.direction).toBe('GROWING');
  });

  it('calls a falling line DECLINING and a flat one STABLE', () => {
    expect((revenueTrend(line(60, (i) => 2000 - 10 * i)) as RevenueTrend).direction).toBe('DECLINING');
    const flat = revenueTrend(line(60, () => 500)) as RevenueTrend;
    expect(flat).toMatchObject({ slope_per_day: 0, r_squared: null, direction: 'STABLE' });
  });

  it('does not call a trend that explains almost nothing (R² under 0.1)', () => {
    // Slope 50 (≈ 13 % a month) under ±5,000 alternating noise: R² ≈ 0.03.
    const trend = revenueTrend(
      line(60, (i) => 10_000 + 50 * i + (i % 2 === 0 ? -5000 : 5000)),
    ) as RevenueTrend;
    expect(trend.growth_pct_per_month).toBeGreaterThan(2);
    expect(trend.r_squared).toBeLessThan(0.1);
    expect(trend.direction).toBe('STABLE');
  });

  it('counts closed days inside the range as zero revenue', () => {
    // Revenue only on the first half: a clear downward slope, not a flat 1,000.
    const trend = revenueTrend(line(56, (i) => (i < 28 ? 1000 : 0))) as RevenueTrend;
    expect(trend.slope_per_day).toBeLessThan(0);
    expect(trend.mean_daily_revenue).toBe(500);
  });

  it('needs 28 days', () => {
    expect(revenueTrend(line(27, () => 1))).toMatchObject({
      available: false,
      reason: 'INSUFFICIENT_HISTORY',
    });
    expect(revenueTrend(null)).toMatchObject({ available: false });
  });
});

describe('moving averages', () => {
  it('averages the trailing 7 and 28 days, null until the window is full', () => {
    const points = movingAverages(line(30, (i) => i + 1));
    expect(points[5]).toMatchObject({ date: '2025-01-06', revenue: 6, ma7: null, ma28: null });
    expect(points[6]?.ma7).toBe(4); // mean of 1..7
    expect(points[26]?.ma28).toBeNull();
    expect(points[27]?.ma28).toBe(14.5); // mean of 1..28
    expect(points[29]).toMatchObject({ ma7: 27, ma28: 16.5 }); // 24..30 and 3..30
  });
});
