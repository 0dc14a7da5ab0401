import { parseDay, weekdayOfDay } from '../calendar/days';
import type { DayHourRowInput } from '../input';
import { type DailySeries, finite } from '../series';

/** Weekday × hour sums over the range, and how often each weekday occurs in it. */
export interface WeekHourTotals {
  /** Index 0 = Monday. */
  occurrences: number[];
  /** [weekday − 1][hour] */
  revenue: number[][];
  tickets: number[][];
  /** Whether any line fell in the slot (a slot can have lines and net revenue 0). */
  active: boolean[][];
}

const grid = <T>(value: T): T[][] => Array.from({ length: 7 }, () => new Array<T>(24).fill(value));

export function weekHourTotals(rows: readonly DayHourRowInput[], series: DailySeries): WeekHourTotals {
  const occurrences = new Array<number>(7).fill(0);
  for (let i = 0; i < series.revenue.length; i++) {
    const w = weekdayOfDay(series.firstDay + i) - 1;
    occurrences[w] = (occurrences[w] as number) + 1;
  }
  const revenue = grid(0);
  const tickets = grid(0);
  const active = grid(false);
  const lastDay = series.firstDay + series.revenue.length - 1;
  let lastText = '';
  let lastWeekday = -1;
  for (const row of rows) {
    // Rows come day by day, 24 at most per day: parse each date once.
    if (row.period_start !== lastText) {
      const day = parseDay(row.period_start);
      lastText = row.period_start;
      lastWeekday = day === null || day < series.firstDay || day > lastDay ? -1 : weekdayOfDay(day) - 1;
    }
    const hour = row.hour;
    if (lastWeekday < 0 || !Number.isInteger(hour) || hour < 0 || hour > 23) continue;
    const revenueRow = revenue[lastWeekday] as number[];
    const ticketRow = tickets[lastWeekday] as number[];
    revenueRow[hour] = (revenueRow[hour] as number) + finite(row.revenue);
    ticketRow[hour] = (ticketRow[hour] as number) + finite(row.transactions);
    (active[lastWeekday] as boolean[])[hour] = true;
  }
  return { occurrences, revenue, tickets, active };
}

/** Sums divided by the weekday's occurrences: weeks with more Mondays do not weigh more. */
export function perOccurrence(sums: number[][], occurrences: number[]): number[][] {
  return sums.map((row, w) => {
    const n = occurrences[w] as number;
    return row.map((value) => (n === 0 ? 0 : value / n));
  });
}
