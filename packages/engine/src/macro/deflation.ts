import { addMonths, daysInRange, monthOf } from './calendar';
import { type DatedValue, dailyValues } from './daily-values';

/** Price level per month (`YYYY-MM` → index), chained from the IPC's monthly % changes. */
export type PriceIndex = ReadonlyMap<string, number>;

/**
 * Chains IPC monthly changes (`date` = first day of the month, value = % change vs the previous
 * month) into a price level: the month before the first change is 100. A missing month ends the
 * chain, so no level is ever guessed.
 */
export function priceIndex(ipcMonthlyPct: readonly DatedValue[]): PriceIndex {
  const out = new Map<string, number>();
  const sorted = [...ipcMonthlyPct].sort((a, b) => (a.date < b.date ? -1 : 1));
  let level = 100;
  let expected: string | null = null;
  for (const { date, value } of sorted) {
    const month = monthOf(date);
    if (expected !== null && month !== expected) break;
    level *= 1 + value / 100;
    out.set(month, level);
    expected = addMonths(month, 1);
  }
  return out;
}

/** Mean price level over a period's calendar days (a month counts by its days). Null if a month has none. */
const indexPoints = new WeakMap<PriceIndex, DatedValue[]>();

export function periodPriceLevel(index: PriceIndex, start: string, end: string): number | null {
  let points = indexPoints.get(index);
  if (!points) {
    points = [...index].map(([month, value]) => ({ date: `${month}-01`, value }));
    indexPoints.set(index, points);
  }
  const days = dailyValues(points, start, end);
  if (days.length !== daysInRange(start, end)) return null;
  let sum = 0;
  for (const day of days) {
    if (monthOf(day.observed) !== monthOf(day.date)) return null; // that month's IPC is not published
    sum += day.value;
  }
  return sum / days.length;
}

/** The latest month with a price level (the default base month), or null. */
export const latestIndexMonth = (index: PriceIndex): string | null => [...index.keys()].at(-1) ?? null;

/** Nominal pesos of a period → pesos of the base month. */
export const deflate = (pesos: number, periodLevel: number, baseLevel: number): number =>
  (pesos * baseLevel) / periodLevel;

/**
 * Real growth vs the same period last year: both revenues in pesos of one base month,
 * ((R_now / P_now) / (R_lastYear / P_lastYear) − 1) × 100. Needs R_lastYear > 0.
 */
export const realGrowthPct = (
  now: number,
  lastYear: number,
  levelNow: number,
  levelLastYear: number,
): number => (now / levelNow / (lastYear / levelLastYear) - 1) * 100;
