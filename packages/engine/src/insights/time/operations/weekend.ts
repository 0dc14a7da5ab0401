import { weekdayOfDay } from '../calendar/days';
import type { DailySeries } from '../series';
import { round } from '../text';

/** Average revenue and tickets per calendar day, Monday–Friday vs Saturday–Sunday (closed days count as 0). */
export function weekendVsWeekday(series: DailySeries) {
  const sums = { weekday: { days: 0, revenue: 0, tickets: 0 }, weekend: { days: 0, revenue: 0, tickets: 0 } };
  for (let i = 0; i < series.revenue.length; i++) {
    const side = weekdayOfDay(series.firstDay + i) >= 6 ? sums.weekend : sums.weekday;
    side.days++;
    side.revenue += series.revenue[i] as number;
    side.tickets += series.tickets[i] as number;
  }
  const avg = (value: number, days: number) => (days === 0 ? null : round(value / days, 2));
  const weekdayRevenue = avg(sums.weekday.revenue, sums.weekday.days);
  const weekendRevenue = avg(sums.weekend.revenue, sums.weekend.days);
  const difference =
    weekdayRevenue === null || weekendRevenue === null || weekdayRevenue === 0
      ? null
      : round(((weekendRevenue - weekdayRevenue) / Math.abs(weekdayRevenue)) * 100, 1);
  return {
    weekday_avg_revenue: weekdayRevenue,
    weekend_avg_revenue: weekendRevenue,
    weekend_difference_pct: difference,
    weekday_avg_tickets: avg(sums.weekday.tickets, sums.weekday.days),
    weekend_avg_tickets: avg(sums.weekend.tickets, sums.weekend.days),
  };
}
