import { describe, expect, it } from 'vitest';
import type { DayHourRowInput, DayRowInput, TimeInsightInput } from '../input';
import { dailySeries } from '../series';
import { operationsInsights } from './operations-insights';
import type { OperationsReport } from './types';

/** 2025-03-03 (Mon) … 2025-03-17 (Mon): three Mondays, two of every other weekday. */
const HOURS: [string, number, number, number][] = [
  ['2025-03-03', 9, 1000, 1],
  ['2025-03-10', 9, 1000, 1],
  ['2025-03-17', 9, 1000, 1],
  ['2025-03-04', 10, 3000, 30],
  ['2025-03-04', 11, 1000, 12],
  ['2025-03-11', 10, 3000, 30],
  ['2025-03-11', 11, 1000, 12],
  ['2025-03-05', 10, 2000, 5], // the other Wednesday (12th) has no lines at all
  ['2025-03-06', 18, 500, 1],
  ['2025-03-07', 18, 500, 1],
  ['2025-03-13', 18, 500, 1],
  ['2025-03-14', 18, 500, 1],
  ['2025-03-08', 12, 6000, 13],
  ['2025-03-15', 12, 6000, 13],
  // Sundays: closed
];

function input(): TimeInsightInput {
  const dayHour: DayHourRowInput[] = HOURS.map(([date, hour, revenue, transactions]) => ({
    period_start: date,
    hour,
    revenue,
    transactions,
  }));
  const days = new Map<string, DayRowInput>();
  for (const row of dayHour) {
    const day = days.get(row.period_start) ?? { period: row.period_start, revenue: 0, transactions: 0 };
    day.revenue += row.revenue;
    day.transactions += row.transactions;
    days.set(row.period_start, day);
  }
  return {
    data_through: '2025-03-17',
    levels: { day: [...days.values()], day_hour: dayHour, product_day: [], product: [] },
  };
}

const run = () => {
  const data = input();
  return operationsInsights(data, dailySeries(data), 12) as OperationsReport;
};

describe('operations insights', () => {
  it('averages each weekday-hour over the occurrences of that weekday, closed days included', () => {
    const report = run();
    expect(report.days_in_range).toBe(15);
    expect(report.weekday_occurrences).toEqual([3, 2, 2, 2, 2, 2, 2]);
    expect(report.heatmap.avg_revenue[0]?.[9]).toBe(1000); // 3 × 1000 over 3 Mondays
    expect(report.heatmap.avg_revenue[1]?.[10]).toBe(3000);
    expect(report.heatmap.avg_revenue[2]?.[10]).toBe(1000); // one Wednesday of two
    expect(report.heatmap.avg_tickets[2]?.[10]).toBe(2.5);
    expect(report.heatmap.avg_revenue[6]).toEqual(new Array(24).fill(0));
  });

  it('ranks open hours and weekdays, never a closed one as a valley', () => {
    const report = run();
    expect(report.peak_hours.map((s) => s.key)).toEqual([12, 10, 9]);
    expect(report.peak_hours[0]?.avg_revenue).toBe(800); // 12,000 over 15 days
    expect(report.valley_hours.map((s) => s.key)).toEqual([18, 11]);
    expect(report.peak_days.map((s) => s.key)).toEqual([6, 2, 1]);
    expect(report.valley_days.map((s) => s.key)).toEqual([5, 4, 3]);
    expect(report.closed_weekdays).toEqual([7]);
  });

  it('finds the hour by which half of the revenue is reached', () => {
    // Cumulative by hour: 9 → 3,000; 10 → 11,000; 11 → 13,000; 12 → 25,000 of 27,000.
    expect(run().half_revenue_hour).toBe(12);
  });

  it('compares the average weekend day with the average weekday', () => {
    expect(run().weekend_vs_weekday).toEqual({
      weekday_avg_revenue: 1363.64, // 15,000 over 11 weekdays
      weekend_avg_revenue: 3000, // 12,000 over 4 weekend days (Sundays closed)
      weekend_difference_pct: 120,
      weekday_avg_tickets: 8.73, // (3 + 84 + 5 + 4) / 11
      weekend_avg_tickets: 6.5,
    });
  });

  it('suggests staff as ceil(tickets / capacity), at least one where there are sales', () => {
    const staff = run().staffing.suggested_staff;
    expect(staff[1]?.[10]).toBe(3); // 30 tickets / 12
    expect(staff[1]?.[11]).toBe(1); // exactly 12
    expect(staff[5]?.[12]).toBe(2); // 13 tickets
    expect(staff[0]?.[9]).toBe(1); // 1 ticket still needs someone
    expect(staff[2]?.[10]).toBe(1);
    expect(staff[6]).toEqual(new Array(24).fill(0));
    expect(staff[0]?.[8]).toBe(0);
    expect(run().staffing.peak_staff_by_weekday).toEqual([1, 3, 1, 1, 1, 2, 0]);
  });

  it('writes observations in both languages', () => {
    const texts = run().observations;
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.some((t) => t.es.includes('12:00–13:00') && t.en.includes('12:00–13:00'))).toBe(true);
    expect(texts.some((t) => t.es.includes('domingos') && t.en.includes('Sundays'))).toBe(true);
  });

  it('says why when there are no hourly rows', () => {
    const data = input();
    const empty = { ...data, levels: { ...data.levels, day_hour: [] } };
    expect(operationsInsights(empty, dailySeries(empty), 12)).toMatchObject({
      available: false,
      reason: 'NO_SALES',
    });
  });
});
