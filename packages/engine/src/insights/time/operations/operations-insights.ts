import type { TimeInsightInput } from '../input';
import type { DailySeries } from '../series';
import { round, unavailable } from '../text';
import { perOccurrence, weekHourTotals } from './heatmap';
import { operationsObservations } from './observations';
import { halfRevenueHour, peaksAndValleys } from './rankings';
import { suggestedStaff } from './staffing';
import type { OperationsInsights, OperationsSlot } from './types';
import { weekendVsWeekday } from './weekend';

/** Weekdays seen at least this often with no sale at all count as closed. */
const MIN_OCCURRENCES_FOR_CLOSED = 2;

export function operationsInsights(
  input: TimeInsightInput,
  series: DailySeries | null,
  ticketsPerEmployeeHour: number,
  excludedPartialDay: string | null = null,
): OperationsInsights {
  if (series === null || input.levels.day_hour.length === 0) {
    return unavailable(
      'NO_SALES',
      'No hay ventas por hora en los datos.',
      'There are no hourly sales in the data.',
    );
  }
  const totals = weekHourTotals(input.levels.day_hour, series);
  const { occurrences } = totals;
  const days = series.revenue.length;
  const avgRevenue = perOccurrence(totals.revenue, occurrences);
  const avgTickets = perOccurrence(totals.tickets, occurrences);
  const hourSlots: OperationsSlot[] = Array.from({ length: 24 }, (_, hour) => ({
    key: hour,
    avg_revenue: round(sumColumn(totals.revenue, hour) / days, 2),
    avg_tickets: round(sumColumn(totals.tickets, hour) / days, 2),
  }));
  const daySlots: OperationsSlot[] = occurrences.map((n, w) => ({
    key: w + 1,
    avg_revenue: n === 0 ? 0 : round(sumRow(totals.revenue, w) / n, 2),
    avg_tickets: n === 0 ? 0 : round(sumRow(totals.tickets, w) / n, 2),
  }));
  const hourOpen = (hour: number) => totals.active.some((row) => row[hour]);
  const dayOpen = (weekday: number) => (totals.active[weekday - 1] ?? []).some(Boolean);
  const hours = peaksAndValleys(hourSlots, hourOpen);
  const weekdays = peaksAndValleys(daySlots, dayOpen);
  const closed = daySlots
    .filter(
      (slot) => !dayOpen(slot.key) && (occurrences[slot.key - 1] as number) >= MIN_OCCURRENCES_FOR_CLOSED,
    )
    .map((slot) => slot.key);
  const staff = suggestedStaff(avgTickets, totals.active, ticketsPerEmployeeHour);
  const report = {
    available: true as const,
    days_in_range: days,
    excluded_partial_day: excludedPartialDay,
    weekday_occurrences: occurrences,
    heatmap: { avg_revenue: roundGrid(avgRevenue), avg_tickets: roundGrid(avgTickets) },
    peak_hours: hours.peaks,
    valley_hours: hours.valleys,
    peak_days: weekdays.peaks,
    valley_days: weekdays.valleys,
    closed_weekdays: closed,
    half_revenue_hour: halfRevenueHour(hourSlots.map((_, hour) => sumColumn(totals.revenue, hour))),
    weekend_vs_weekday: weekendVsWeekday(series),
    staffing: {
      tickets_per_employee_hour: ticketsPerEmployeeHour,
      suggested_staff: staff,
      peak_staff_by_weekday: staff.map((row) => Math.max(...row)),
    },
  };
  return { ...report, observations: operationsObservations(report) };
}

const sumColumn = (grid: number[][], column: number) =>
  grid.reduce((sum, row) => sum + (row[column] as number), 0);
const sumRow = (grid: number[][], row: number) =>
  (grid[row] as number[]).reduce((sum, value) => sum + value, 0);
const roundGrid = (grid: number[][]) => grid.map((row) => row.map((value) => round(value, 2)));
