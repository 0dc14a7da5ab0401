import { describe, expect, it } from 'vitest';
import { parseDay } from '../calendar/days';
import { normalFrom, plant, seededRandom, seriesOf, weeklySeries } from '../series.testkit';
import { dailyRevenueAnomalies } from './daily-anomalies';
import { dayBaselineFactory } from './daily-baseline';
import type { RevenueAnomalies } from './types';

const FLAT = [100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000];
const run = (series: ReturnType<typeof weeklySeries>) => dailyRevenueAnomalies(series) as RevenueAnomalies;

describe('daily revenue anomalies', () => {
  it('finds none in a flat series, nor in a steady weekly pattern with a closed Sunday', () => {
    expect(run(weeklySeries('2025-01-06', 140, FLAT)).anomalies).toEqual([]);
    const shop = [80_000, 90_000, 90_000, 100_000, 150_000, 220_000, 0];
    const result = run(weeklySeries('2025-01-06', 140, shop));
    expect(result.anomalies).toEqual([]);
    expect(result.days_checked).toBeGreaterThan(0);
  });

  it('flags a spike on an ordinary Tuesday with the severity its robust z gives', () => {
    // Flat baseline: MAD is 0, floored at 5 % of the median (5,000), so z = 0.6745 × Δ / 5,000.
    const cases: [number, string | null][] = [
      [250_000, 'HIGH'], // z = 20.2
      [145_000, 'MEDIUM'], // z = 6.07
      [130_000, 'LOW'], // z = 4.05
      [120_000, null], // z = 2.70: not an anomaly
    ];
    for (const [value, severity] of cases) {
      const result = run(plant(weeklySeries('2025-01-06', 120, FLAT), '2025-03-11', value));
      expect(result.anomalies.map((a) => a.severity)).toEqual(severity === null ? [] : [severity]);
      if (severity !== null) {
        const [anomaly] = result.anomalies;
        expect(anomaly).toMatchObject({
          date: '2025-03-11',
          weekday: 2,
          direction: 'SPIKE',
          baseline_median: 100_000,
        });
        expect(anomaly?.deviation_pct).toBeCloseTo(((value - 100_000) / 100_000) * 100, 5);
      }
    }
  });

  it('does not flag the same spike on a holiday (Tuesday 2024-07-16, Virgen del Carmen) but labels it', () => {
    const result = run(plant(weeklySeries('2024-04-01', 150, FLAT), '2024-07-16', 250_000));
    expect(result.anomalies).toEqual([]);
    const holiday = result.event_days.find((d) => d.date === '2024-07-16');
    expect(holiday?.labels.map((l) => l.code)).toEqual(['VIRGEN_DEL_CARMEN']);
    expect(holiday?.deviation_pct).toBe(150);
  });

  it('keeps holidays out of later baselines', () => {
    // Tuesdays before 2024-07-23: 07-16 and 05-21 are holidays. With 07-16 and three ordinary
    // Tuesdays at 0, counting the holiday would give a median of 50,000; skipping it, 100,000.
    const series = weeklySeries('2024-03-04', 150, FLAT);
    for (const date of ['2024-07-16', '2024-07-09', '2024-07-02', '2024-06-25']) plant(series, date, 0);
    const baseline = dayBaselineFactory(series)((parseDay('2024-07-23') as number) - series.firstDay);
    expect(baseline).toMatchObject({ median: 100_000, weeks: 8 });
  });

  it('flags a day without sales on a weekday that is normally open as a drop', () => {
    const result = run(plant(weeklySeries('2025-01-06', 120, FLAT), '2025-03-13', 0));
    expect(result.anomalies).toHaveLength(1);
    expect(result.anomalies[0]).toMatchObject({ date: '2025-03-13', direction: 'DROP', severity: 'HIGH' });
    expect(result.anomalies[0]?.message.es).toContain('sin ventas');
  });

  it('does not judge the first weeks, which have no baseline yet', () => {
    const result = run(plant(weeklySeries('2025-01-06', 60, FLAT), '2025-01-14', 400_000));
    expect(result.anomalies).toEqual([]);
  });

  it('on noisy data (seeded, 5 % noise) flags the planted Tuesday only, and nothing on the holiday', () => {
    const noise = normalFrom(seededRandom(11));
    const noisy = () => {
      const shop = [80_000, 90_000, 90_000, 100_000, 150_000, 220_000, 120_000];
      const first = weeklySeries('2024-01-01', 366, shop);
      return seriesOf(
        '2024-01-01',
        [...first.revenue].map((v) => v * (1 + 0.05 * noise())),
      );
    };
    expect(run(noisy()).anomalies).toEqual([]);
    const spiked = plant(noisy(), '2024-07-09', 270_000); // an ordinary Tuesday, 3× its level
    plant(spiked, '2024-07-16', 270_000); // the next Tuesday is Virgen del Carmen
    const result = run(spiked);
    expect(result.anomalies.map((a) => [a.date, a.severity])).toEqual([['2024-07-09', 'HIGH']]);
    expect(result.event_days.find((d) => d.date === '2024-07-16')?.revenue).toBe(270_000);
  });

  it('keeps false alarms rare on a noisy shop (15 % lognormal noise, two years)', () => {
    const noise = normalFrom(seededRandom(23));
    const shop = [80_000, 90_000, 90_000, 100_000, 150_000, 220_000, 120_000];
    const base = weeklySeries('2024-01-01', 731, shop);
    const result = run(
      seriesOf(
        '2024-01-01',
        [...base.revenue].map((v) => v * Math.exp(0.15 * noise())),
      ),
    );
    expect(result.days_checked).toBeGreaterThan(500);
    // A per-weekday MAD of 8 values flagged ~5 % of such days; the pooled scale stays under 1 %.
    expect(result.anomalies.length / result.days_checked).toBeLessThan(0.01);
  });
});
