import { describe, expect, it } from 'vitest';
import { dateOf, parseDay, weekdayOfDay } from './calendar/days';
import { computeTimeInsights, type RevenueAnomalies } from './index';
import type { DayHourRowInput, TimeInsightInput } from './input';
import { isPartialLastDay } from './partial-day';
import { dailySeries } from './series';

/**
 * Eight weeks of a shop open 10:00–19:00 (Saturdays only 10:00–14:00), 1,000 an hour, ending
 * on `lastDay` whose hours stop after `lastHour`.
 */
function shop(lastDay: string, lastHour: number): TimeInsightInput {
  const last = parseDay(lastDay) as number;
  const hours: DayHourRowInput[] = [];
  for (let day = last - 55; day <= last; day++) {
    const close = weekdayOfDay(day) === 6 ? 14 : 19;
    for (let hour = 10; hour < close; hour++) {
      if (day === last && hour > lastHour) break;
      hours.push({ period_start: dateOf(day), hour, revenue: 1000, transactions: 1 });
    }
  }
  const days = new Map<string, { period: string; revenue: number; transactions: number }>();
  for (const row of hours) {
    const day = days.get(row.period_start) ?? { period: row.period_start, revenue: 0, transactions: 0 };
    day.revenue += row.revenue;
    day.transactions += row.transactions;
    days.set(row.period_start, day);
  }
  return {
    data_through: lastDay,
    levels: { day: [...days.values()], day_hour: hours, product_day: [], product: [] },
  };
}

const partial = (input: TimeInsightInput) =>
  isPartialLastDay(input, dailySeries(input) as NonNullable<ReturnType<typeof dailySeries>>);

describe('partial last day', () => {
  it('spots a last day whose lines stop early, and leaves it out of the daily figures', () => {
    const input = shop('2025-03-12', 12); // a Wednesday cut at 13:00: 3 of 9 hours
    expect(partial(input)).toBe(true);
    const insights = computeTimeInsights(input, { ticketsPerEmployeeHour: 12 });
    const anomalies = insights.anomalies.daily_revenue as RevenueAnomalies;
    expect(anomalies.excluded_partial_day).toBe('2025-03-12');
    expect(anomalies.anomalies).toEqual([]); // not a "drop"
    expect(insights.trends.excluded_partial_day).toBe('2025-03-12');
    expect(insights.trends.moving_averages.at(-1)?.date).toBe('2025-03-11');
    expect(insights.operations).toMatchObject({ excluded_partial_day: '2025-03-12', days_in_range: 55 });
  });

  it('keeps a complete last day, and a short day that is normal for its weekday', () => {
    expect(partial(shop('2025-03-12', 18))).toBe(false);
    expect(partial(shop('2025-03-12', 17))).toBe(true); // 8 of 9 hours: under 90 %
    expect(partial(shop('2025-03-15', 13))).toBe(false); // Saturday closes at 14:00
    const insights = computeTimeInsights(shop('2025-03-12', 18), { ticketsPerEmployeeHour: 12 });
    expect(insights.trends.excluded_partial_day).toBeNull();
  });

  it('does not judge a last day without lines (data_through after the last sale)', () => {
    const input = { ...shop('2025-03-12', 18), data_through: '2025-03-14' };
    expect(partial(input)).toBe(false);
  });
});
