import { parseDay } from './calendar/days';
import type { TimeInsightInput } from './input';

/**
 * Daily revenue and tickets over the whole range, first day with lines … data_through, as
 * dense arrays: a day without lines inside the range is a day with zero revenue (closed).
 */
export interface DailySeries {
  /** Day index of element 0. */
  firstDay: number;
  revenue: Float64Array;
  tickets: Float64Array;
}

/** Longest range accepted (about 30 years): hostile dates must not allocate without bound. */
const MAX_RANGE_DAYS = 11_000;

export function dailySeries(input: TimeInsightInput): DailySeries | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of input.levels.day) {
    const day = parseDay(row.period);
    if (day === null) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (first === Number.POSITIVE_INFINITY) return null;
  const through = input.data_through === null ? null : parseDay(input.data_through);
  if (through !== null && through > last) last = through;
  // A range longer than that keeps its latest days (hostile or corrupt dates only).
  if (last - first + 1 > MAX_RANGE_DAYS) first = last - MAX_RANGE_DAYS + 1;
  const length = last - first + 1;
  const revenue = new Float64Array(length);
  const tickets = new Float64Array(length);
  for (const row of input.levels.day) {
    const day = parseDay(row.period);
    if (day === null || day < first) continue;
    const i = day - first;
    revenue[i] = (revenue[i] ?? 0) + finite(row.revenue);
    tickets[i] = (tickets[i] ?? 0) + finite(row.transactions);
  }
  return { firstDay: first, revenue, tickets };
}

export const finite = (value: number | null | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
