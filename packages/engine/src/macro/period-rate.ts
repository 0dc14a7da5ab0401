import { daysInRange } from './calendar';
import { type DatedValue, dailyValues } from './daily-values';

/**
 * Longest a daily value is carried: the dólar's longest gap since 2018 is 5 days (fiestas
 * patrias); past a week the series has simply not been published yet, and nothing is guessed.
 */
export const MAX_CARRY_DAYS = 7;

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
 * value published on or before it (at most MAX_CARRY_DAYS earlier). Null when some day of the
 * period has no such value.
 */
export function periodRate(points: readonly DatedValue[], start: string, end: string): PeriodRate | null {
  const days = dailyValues(points, start, end, MAX_CARRY_DAYS);
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
