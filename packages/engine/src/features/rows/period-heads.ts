import { formatDate } from '../time/local-day';
import { PERIOD_CALENDARS, PERIOD_LEVELS, type PeriodLevel } from '../time/periods';

export interface PeriodHead {
  period: string;
  period_start: string;
  period_end: string;
}

const cache = Object.fromEntries(
  PERIOD_LEVELS.map((level) => [level, new Map<number, PeriodHead>()]),
) as Record<PeriodLevel, Map<number, PeriodHead>>;

/** Key and bounds of a period, built once per period (800k product-day rows share 730 days). */
export function periodHeadOf(level: PeriodLevel, index: number): PeriodHead {
  let head = cache[level].get(index);
  if (head === undefined) {
    const calendar = PERIOD_CALENDARS[level];
    head = {
      period: calendar.key(index),
      period_start: formatDate(calendar.start(index)),
      period_end: formatDate(calendar.end(index)),
    };
    if (cache[level].size > 50_000) cache[level].clear();
    cache[level].set(index, head);
  }
  return head;
}

/** 'YYYY-MM-DD' of a day index, one string per day however many rows show it. */
export const dateText = (dayIndex: number): string => periodHeadOf('day', dayIndex).period;
