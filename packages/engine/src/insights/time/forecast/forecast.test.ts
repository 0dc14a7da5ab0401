import { describe, expect, it } from 'vitest';
import { parseDay, weekdayOfDay } from '../calendar/days';
import { normalFrom, seededRandom, seriesOf } from '../series.testkit';
import { forecastInsights } from './forecast-insights';
import type { DailyForecast, MonthlyForecast } from './types';

const WEEKLY = [-20_000, -10_000, -10_000, 0, 15_000, 40_000, -15_000]; // Monday … Sunday

/** Known truth: 100,000 + 60 per day + weekly pattern (+ optional yearly wave), plus N(0, sd). */
function synthetic(from: string, days: number, seed: number, sd: number, yearly = 0) {
  const first = parseDay(from) as number;
  const noise = normalFrom(seededRandom(seed));
  const truth = Array.from({ length: days }, (_, t) => {
    const day = first + t;
    return (
      100_000 +
      60 * t +
      (WEEKLY[weekdayOfDay(day) - 1] as number) +
      yearly * Math.sin((2 * Math.PI * day) / 365.25)
    );
  });
  const observed = truth.map((value) => value + sd * noise());
  return { truth, observed };
}

describe('revenue forecast', () => {
  it('covers held-out days with its 95 % interval and centres on the true mean', () => {
    let inside95 = 0;
    let inside80 = 0;
    let days = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const { truth, observed } = synthetic('2024-01-01', 365 + 90, seed, 8000);
      const result = forecastInsights(seriesOf('2024-01-01', observed.slice(0, 365)));
      const next90 = result.next_90_days as DailyForecast;
      expect(next90.available).toBe(true);
      next90.points.forEach((point, i) => {
        const actual = observed[365 + i] as number;
        days++;
        if (actual >= point.p95.low && actual <= point.p95.high) inside95++;
        if (actual >= point.p80.low && actual <= point.p80.high) inside80++;
      });
      const next30 = result.next_30_days as DailyForecast;
      const trueTotal = truth.slice(365, 395).reduce((a, b) => a + b, 0);
      expect(Math.abs(next30.total.mean - trueTotal) / trueTotal).toBeLessThan(0.03);
      const actualTotal = observed.slice(365, 395).reduce((a, b) => a + b, 0);
      expect(actualTotal).toBeGreaterThanOrEqual(next30.total.p95.low);
      expect(actualTotal).toBeLessThanOrEqual(next30.total.p95.high);
      expect(next30.backtest).toMatchObject({ origins: 3, basis: 'DAILY' });
      expect(next30.backtest.mape_pct).toBeGreaterThan(0);
      expect(next30.backtest.mape_pct).toBeLessThan(15);
    }
    expect(inside95 / days).toBeGreaterThanOrEqual(0.9);
    expect(inside80 / days).toBeGreaterThanOrEqual(0.7);
    expect(inside80 / days).toBeLessThan(0.92); // an 80 % interval that holds everything is too wide
  });

  it('stays calibrated on multiplicative data: growth × weekday × lognormal noise, closed Sundays, quiet holidays', () => {
    const factors = [0.8, 0.85, 0.9, 1, 1.2, 1.6, 0];
    const first = parseDay('2023-03-01') as number;
    let inside = 0;
    let days = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const noise = normalFrom(seededRandom(seed));
      const observed = Array.from({ length: 800 + 90 }, (_, t) => {
        const day = first + t;
        const level = 100_000 * (1 + t / 700) * (factors[weekdayOfDay(day) - 1] as number);
        return level * Math.exp(0.12 * noise()) * (isHoliday(day) ? 0.3 : 1);
      });
      const next90 = forecastInsights(seriesOf('2023-03-01', observed.slice(0, 800)))
        .next_90_days as DailyForecast;
      next90.points.forEach((point, i) => {
        const actual = observed[800 + i] as number;
        days++;
        if (actual >= point.p95.low && actual <= point.p95.high) inside++;
      });
    }
    expect(inside / days).toBeGreaterThanOrEqual(0.9);
  });

  it('learns yearly seasonality from two years and more', () => {
    const { truth, observed } = synthetic('2022-01-01', 1096 + 90, 7, 5000, 30_000);
    const result = forecastInsights(seriesOf('2022-01-01', observed.slice(0, 1096)));
    const next90 = result.next_90_days as DailyForecast;
    expect(next90.model.yearly_seasonality).toBe(true);
    const trueTotal = truth.slice(1096).reduce((a, b) => a + b, 0);
    expect(Math.abs(next90.total.mean - trueTotal) / trueTotal).toBeLessThan(0.03);
    const months = result.next_3_months as MonthlyForecast;
    // Data through 2024-12-31: the three months after it.
    expect(months.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(months.backtest.basis).toBe('MONTH_TOTALS');
  });

  it('is exact on a noise-free series (backtest error 0)', () => {
    const { observed } = synthetic('2024-01-01', 400, 1, 0);
    const next30 = forecastInsights(seriesOf('2024-01-01', observed)).next_30_days as DailyForecast;
    expect(next30.backtest.mape_pct).toBe(0);
    expect(next30.points[0]?.mean).toBe(
      Math.round(
        100_000 + 60 * 400 + (WEEKLY[weekdayOfDay((parseDay('2024-01-01') as number) + 400) - 1] as number),
      ),
    );
  });

  it('forecasts 0 for a weekday that is always closed, and a known holiday below a normal day', () => {
    // Two years of a shop closed on Sundays and on public holidays.
    const first = parseDay('2023-01-02') as number;
    const { observed } = synthetic('2023-01-02', 730, 3, 3000);
    const closedOnHolidays = observed.map((value, t) => {
      const day = first + t;
      return weekdayOfDay(day) === 7 || isHoliday(day) ? 0 : value;
    });
    const next30 = forecastInsights(seriesOf('2023-01-02', closedOnHolidays)).next_30_days as DailyForecast;
    const sunday = next30.points.find((p) => weekdayOfDay(parseDay(p.date) as number) === 7);
    expect(sunday).toMatchObject({ mean: 0, p95: { low: 0, high: 0 } });
    const newYear = next30.points.find((p) => p.date === '2025-01-01'); // a Wednesday
    const nextWednesday = next30.points.find((p) => p.date === '2025-01-08');
    expect(newYear?.mean).toBeLessThan(0.2 * (nextWednesday?.mean ?? 0));
    expect(next30.model.calendar_effects).toContain('HOLIDAY');
  });

  it('forecasts a shop open one day a week from eight weeks of it', () => {
    const first = parseDay('2024-01-01') as number;
    const saturdays = Array.from({ length: 56 }, (_, t) =>
      weekdayOfDay(first + t) === 6 ? 50_000 + 100 * t : 0,
    );
    const next30 = forecastInsights(seriesOf('2024-01-01', saturdays)).next_30_days as DailyForecast;
    expect(next30.available).toBe(true);
    const open = next30.points.filter((p) => p.mean > 0).map((p) => weekdayOfDay(parseDay(p.date) as number));
    expect(new Set(open)).toEqual(new Set([6]));
  });

  it('gives no forecast for a history without positive revenue', () => {
    const result = forecastInsights(seriesOf('2024-01-01', new Array(100).fill(0)));
    expect(result.next_30_days).toMatchObject({ available: false, reason: 'NO_REVENUE' });
  });

  it('gives no forecast below the minimum history, and says why', () => {
    const { observed } = synthetic('2024-01-01', 100, 1, 1000);
    const short = forecastInsights(seriesOf('2024-01-01', observed.slice(0, 55)));
    expect(short.next_30_days).toMatchObject({ available: false, reason: 'INSUFFICIENT_HISTORY' });
    expect((short.next_30_days as { message: { es: string } }).message.es).toContain('56');
    const medium = forecastInsights(seriesOf('2024-01-01', observed));
    expect(medium.next_30_days.available).toBe(true);
    expect(medium.next_90_days).toMatchObject({ available: false, reason: 'INSUFFICIENT_HISTORY' });
    expect(medium.next_3_months).toMatchObject({ available: false, reason: 'INSUFFICIENT_HISTORY' });
  });
});

import { dayLabels } from '../calendar/labels';

const isHoliday = (day: number) => dayLabels(day).holiday;
