import { civilFromDays, daysFromCivil, MS_PER_DAY, MS_PER_HOUR } from '../../ingest/values/calendar';
import { santiagoOffsetMs } from './santiago-offsets';

/**
 * Santiago calendar fields of a local day, identified by its day index (days since 1970-01-01
 * of the local date). Computed once per distinct day and cached: a million lines touch a few
 * hundred days.
 */
export interface LocalDay {
  dayIndex: number;
  /** 'YYYY-MM-DD' */
  date: string;
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  isWeekend: boolean;
  isoYear: number;
  isoWeek: number;
  /** Day index of the Monday that starts the ISO week (the week level's period index). */
  weekStart: number;
  quarter: number;
  /** year × 12 + month − 1: consecutive months have consecutive indices. */
  monthIndex: number;
  /** year × 4 + quarter − 1 */
  quarterIndex: number;
}

/** Local day index and hour of an instant, written into one reusable object (no allocation). */
export interface LocalClock {
  dayIndex: number;
  hour: number;
}

export function readLocalClock(utcMs: number, into: LocalClock): LocalClock {
  const localMs = utcMs + santiagoOffsetMs(utcMs);
  const dayIndex = Math.floor(localMs / MS_PER_DAY);
  into.dayIndex = dayIndex;
  into.hour = Math.floor((localMs - dayIndex * MS_PER_DAY) / MS_PER_HOUR);
  return into;
}

export const localDayIndexOf = (utcMs: number): number =>
  Math.floor((utcMs + santiagoOffsetMs(utcMs)) / MS_PER_DAY);

const cache = new Map<number, LocalDay>();

export function localDay(dayIndex: number): LocalDay {
  let found = cache.get(dayIndex);
  if (found === undefined) {
    found = buildLocalDay(dayIndex);
    if (cache.size > 100_000) cache.clear(); // 270 years of days: only hostile input gets here
    cache.set(dayIndex, found);
  }
  return found;
}

/** ISO weekday of a day index (1970-01-01 was a Thursday). */
export const weekdayOf = (dayIndex: number): number => ((((dayIndex + 3) % 7) + 7) % 7) + 1;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function formatDate(dayIndex: number): string {
  const { year, month, day } = civilFromDays(dayIndex);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Day index of a 'YYYY-MM-DD' date, or null when it is not a real date. */
export function parseDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const index = daysFromCivil(year, month, day);
  const back = civilFromDays(index);
  return back.month === month && back.day === day ? index : null;
}

/** ISO year and week of a day: the week belongs to the year that holds its Thursday. */
export function isoWeekOf(dayIndex: number): { isoYear: number; isoWeek: number; weekStart: number } {
  const weekStart = dayIndex - (weekdayOf(dayIndex) - 1);
  const isoYear = civilFromDays(weekStart + 3).year;
  const isoWeek = Math.floor((weekStart + 3 - daysFromCivil(isoYear, 1, 1)) / 7) + 1;
  return { isoYear, isoWeek, weekStart };
}

/** Monday of ISO week `week` of `isoYear` (week 1 holds January 4th). */
export function isoWeekStart(isoYear: number, week: number): number {
  const jan4 = daysFromCivil(isoYear, 1, 4);
  return jan4 - (weekdayOf(jan4) - 1) + (week - 1) * 7;
}

/** 52 or 53: a year has 53 ISO weeks when December 28th falls in week 53. */
export const isoWeeksInYear = (isoYear: number): number => isoWeekOf(daysFromCivil(isoYear, 12, 28)).isoWeek;

function buildLocalDay(dayIndex: number): LocalDay {
  const { year, month, day } = civilFromDays(dayIndex);
  const weekday = weekdayOf(dayIndex);
  const { isoYear, isoWeek, weekStart } = isoWeekOf(dayIndex);
  const quarter = Math.floor((month - 1) / 3) + 1;
  return {
    dayIndex,
    date: formatDate(dayIndex),
    year,
    month,
    day,
    weekday,
    isWeekend: weekday >= 6,
    isoYear,
    isoWeek,
    weekStart,
    quarter,
    monthIndex: year * 12 + month - 1,
    quarterIndex: year * 4 + quarter - 1,
  };
}
