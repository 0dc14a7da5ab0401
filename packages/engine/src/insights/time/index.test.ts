import { describe, expect, it } from 'vitest';
import { computeFeatures, type FeatureLine, type FeatureResult } from '../../features/index';
import { saleLine } from '../../features/lines.testkit';
import { dateOf, parseDay, weekdayOfDay } from './calendar/days';
import { computeTimeInsights, type RevenueAnomalies, type TimeInsightInput } from './index';

/** 26 weeks of a shop open Monday–Saturday, 10:00–19:00, one 1,000-peso ticket per hour. */
function shopLines(): FeatureLine[] {
  const lines: FeatureLine[] = [];
  const first = parseDay('2025-01-06') as number;
  for (let day = first; day < first + 26 * 7; day++) {
    if (weekdayOfDay(day) === 7) continue;
    const date = dateOf(day);
    const spike = date === '2025-04-15' ? 3 : 1; // a Tuesday, not a holiday
    for (let hour = 10; hour < 19; hour++) {
      const at = `${date}T${hour}:30${day >= (parseDay('2025-04-06') as number) && day < (parseDay('2025-09-07') as number) ? '-04:00' : '-03:00'}`;
      lines.push(saleLine(at, `${date}-${hour}`, 'p1', spike, 1000 * spike));
    }
  }
  return lines;
}

const ADVICE = /\b(should|must|recommend|advise|invest|deber[íi]a|recomend|aconsej|invert|invierta)/i;

function texts(value: unknown, out: { es: string; en: string }[] = []): { es: string; en: string }[] {
  if (Array.isArray(value)) for (const item of value) texts(item, out);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.es === 'string' && typeof record.en === 'string')
      out.push(record as { es: string; en: string });
    else for (const item of Object.values(record)) texts(item, out);
  }
  return out;
}

describe('computeTimeInsights', () => {
  it('reads the feature engine result as it is, finds the planted Tuesday and stays plain JSON', async () => {
    const features: FeatureResult = await computeFeatures(shopLines());
    const input: TimeInsightInput = features; // compile-time check: FeatureResult fits
    const insights = computeTimeInsights(input, { ticketsPerEmployeeHour: 12 });
    expect(JSON.parse(JSON.stringify(insights))).toEqual(insights);
    const anomalies = insights.anomalies.daily_revenue as RevenueAnomalies;
    expect(anomalies.anomalies.map((a) => [a.date, a.direction])).toEqual([['2025-04-15', 'SPIKE']]);
    expect(insights.operations).toMatchObject({
      available: true,
      closed_weekdays: [7],
      half_revenue_hour: 14,
    });
    expect(insights.trends.forecast.next_30_days.available).toBe(true);
    expect(insights.trends.forecast.next_90_days.available).toBe(false); // 181 days < 182
  });

  it('writes every text in both languages and never as advice', async () => {
    const insights = computeTimeInsights(await computeFeatures(shopLines()), { ticketsPerEmployeeHour: 12 });
    const all = texts(insights);
    expect(all.length).toBeGreaterThan(10);
    for (const text of all) {
      expect(text.es.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
      expect(`${text.es} ${text.en}`).not.toMatch(ADVICE);
    }
  });

  it('answers with reasons, not a crash, when there is no data or the capacity is absurd', () => {
    const empty: TimeInsightInput = {
      data_through: null,
      levels: { day: [], day_hour: [], product_day: [], product: [] },
    };
    const insights = computeTimeInsights(empty, { ticketsPerEmployeeHour: 0 });
    expect(insights.operations.available).toBe(false);
    expect(insights.trends.trend.available).toBe(false);
    expect(insights.trends.forecast.next_30_days.available).toBe(false);
    expect(insights.anomalies.daily_revenue.available).toBe(false);
    expect(insights.anomalies.unit_price.available).toBe(false);
  });

  it('ignores rows with unreadable dates instead of failing', () => {
    const input: TimeInsightInput = {
      data_through: 'not a date',
      levels: {
        day: [{ period: '2025-13-40', revenue: 5, transactions: 1 }],
        day_hour: [{ period_start: 'x', hour: 99, revenue: 1, transactions: 1 }],
        product_day: [],
        product: [],
      },
    };
    expect(() => computeTimeInsights(input, { ticketsPerEmployeeHour: Number.NaN })).not.toThrow();
  });
});
