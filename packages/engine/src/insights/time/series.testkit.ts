import { parseDay, weekdayOfDay } from './calendar/days';
import type { DailySeries } from './series';

/** A dense daily series starting at `from` ('YYYY-MM-DD'), one value per day. */
export function seriesOf(from: string, revenue: readonly number[], tickets?: readonly number[]): DailySeries {
  const firstDay = parseDay(from);
  if (firstDay === null) throw new Error(`bad date ${from}`);
  return {
    firstDay,
    revenue: Float64Array.from(revenue),
    tickets: Float64Array.from(tickets ?? revenue.map(() => 0)),
  };
}

/** `days` days from `from`, each worth `perWeekday[weekday − 1]` (ISO weekday). */
export function weeklySeries(from: string, days: number, perWeekday: readonly number[]): DailySeries {
  const firstDay = parseDay(from) as number;
  const values = Array.from({ length: days }, (_, i) => perWeekday[weekdayOfDay(firstDay + i) - 1] as number);
  return seriesOf(from, values);
}

/** Sets the value of one date of a series (returns the same series). */
export function plant(series: DailySeries, date: string, value: number): DailySeries {
  const day = parseDay(date) as number;
  series.revenue[day - series.firstDay] = value;
  return series;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), for seeded synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Standard normal draws from a uniform source (Box–Muller). */
export function normalFrom(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
