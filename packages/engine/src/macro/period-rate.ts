import { daysInRange } from './calendar';
import { type DatedValue, dailyValues } from './daily-values';

export type RateNullReason = 'NO_RATE_FOR_PERIOD';

export interface PeriodRate {
  /** Mean over every calendar day of the period, each day at the value in force that day. */
  value: number;
  /** Days whose value was carried from an earlier date (weekends, holidays, not yet published). */
  carriedDays: number;
  /** Date of the latest observation used. */
  observedThrough: string;
}

/**
 * A series' rate for a period: the average over its calendar days, each day taking the last
 * value published on or before it. Null when some day of the period has no value at all.
 */
export function periodRate(points: readonly DatedValue[], start: string, end: string): PeriodRate | null {
  const days = dailyValues(points, start, end);
  if (days.length !== daysInRange(start, end)) return null;
  let sum = 0;
  let carriedDays = 0;
  for (const day of days) {
    sum += day.value;
    if (day.carried) carriedDays++;
  }
  return {
    value: sum / days.length,
    carriedDays,
    observedThrough: (days.at(-1) as { observed: string }).observed,
  };
}

/** Pesos → units of the series (UF, USD) at the period's average rate. */
export const convertAtRate = (pesos: number, rate: PeriodRate): number => pesos / rate.value;
