import { addDays, toDayNumber } from './calendar';

export interface DatedValue {
  date: string;
  value: number;
}

export interface DailyValue extends DatedValue {
  /** True when the day had no value of its own: the last earlier one is carried over. */
  carried: boolean;
  /** Date of the observation the value comes from. */
  observed: string;
}

/**
 * One value per calendar day from `from` to `to` (both included): each day takes its own
 * observation or carries the last earlier one (weekends, holidays). Days before the first
 * observation on or before them, or more than `maxCarryDays` after it, are left out. `points`
 * must be oldest first; pass the last observation before `from` too, or the first days have
 * nothing to carry.
 */
export function dailyValues(
  points: readonly DatedValue[],
  from: string,
  to: string,
  maxCarryDays = Number.POSITIVE_INFINITY,
): DailyValue[] {
  const out: DailyValue[] = [];
  // Binary search for the first point after `from`: one period of a long series stays cheap.
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((points[mid] as DatedValue).date <= from) low = mid + 1;
    else high = mid;
  }
  let next = low;
  let last: DatedValue | null = low > 0 ? (points[low - 1] as DatedValue) : null;
  for (let day = from; toDayNumber(day) <= toDayNumber(to); day = addDays(day, 1)) {
    while (next < points.length && (points[next] as DatedValue).date <= day)
      last = points[next++] as DatedValue;
    if (last && toDayNumber(day) - toDayNumber(last.date) <= maxCarryDays)
      out.push({ date: day, value: last.value, carried: last.date !== day, observed: last.date });
  }
  return out;
}
