import { describe, expect, it } from 'vitest';
import { dateOf, parseDay } from './calendar/days';
import { computeTimeInsights } from './index';
import type { DayHourRowInput, DayRowInput, ProductDayRowInput, TimeInsightInput } from './input';
import { seededRandom } from './series.testkit';

/** Odd but possible data: returns beyond sales, gaps, lone days, zero and negative prices. */
function oddInput(seed: number): TimeInsightInput {
  const random = seededRandom(seed);
  const first = parseDay('2024-01-01') as number;
  const span = 1 + Math.floor(random() * 500);
  const day: DayRowInput[] = [];
  const dayHour: DayHourRowInput[] = [];
  const productDay: ProductDayRowInput[] = [];
  for (let i = 0; i < span; i++) {
    if (random() < 0.4) continue;
    const date = dateOf(first + i);
    const revenue = random() < 0.05 ? -Math.round(random() * 5000) : Math.round(random() * 100_000);
    day.push({ period: date, revenue, transactions: Math.floor(random() * 30) });
    dayHour.push({
      period_start: date,
      hour: Math.floor(random() * 24),
      revenue,
      transactions: Math.floor(random() * 30),
    });
    const price = random() < 0.1 ? (random() < 0.5 ? null : 0) : Math.round(random() * 3000) - 100;
    productDay.push({
      product_id: `P${Math.floor(random() * 5)}`,
      period: date,
      avg_unit_price: price,
      sale_lines: 1,
    });
  }
  const through =
    day.length === 0 || random() < 0.3 ? null : dateOf(first + span - 1 + Math.floor(random() * 10));
  return { data_through: through, levels: { day, day_hour: dayHour, product_day: productDay, product: [] } };
}

/** Paths holding NaN, ±Infinity or undefined: JSON would silently turn them into null. */
function notPlainJson(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (value === undefined) {
    out.push(`${path} = undefined`);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) notPlainJson(value[i], `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) notPlainJson(item, `${path}.${key}`, out);
  }
  return out;
}

describe('time insights on odd data', () => {
  it('never throws and never returns NaN, Infinity or undefined', () => {
    let forecasts = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const insights = computeTimeInsights(oddInput(seed), { ticketsPerEmployeeHour: 1 + (seed % 20) });
      expect(notPlainJson(insights)).toEqual([]);
      if (insights.trends.forecast.next_30_days.available) forecasts++;
    }
    expect(forecasts).toBeGreaterThan(10); // the odd data does reach the model, not only the guards
  });
});
