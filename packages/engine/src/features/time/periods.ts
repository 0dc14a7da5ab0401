import { civilFromDays, daysFromCivil, daysInMonth } from '../../ingest/values/calendar';
import { formatDate, isoWeekOf, isoWeekStart, isoWeeksInYear, type LocalDay } from './local-day';

/** Calendar levels with a period index each: consecutive periods have ordered indices. */
export const PERIOD_LEVELS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodLevel = (typeof PERIOD_LEVELS)[number];

export interface PeriodCalendar {
  level: PeriodLevel;
  indexOf(day: LocalDay): number;
  /** '2025-03-14', '2025-W11', '2025-03', '2025-Q1', '2025' */
  key(index: number): string;
  /** First and last local day (day indices) of the period. */
  start(index: number): number;
  end(index: number): number;
  previous(index: number): number;
  /** The same period one year before, or null when it does not exist (Feb 29, week 53). */
  sameLastYear(index: number): number | null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

const day: PeriodCalendar = {
  level: 'day',
  indexOf: (d) => d.dayIndex,
  key: formatDate,
  start: (i) => i,
  end: (i) => i,
  previous: (i) => i - 1,
  sameLastYear(i) {
    const { year, month, day: dayOfMonth } = civilFromDays(i);
    return dayOfMonth > daysInMonth(year - 1, month) ? null : daysFromCivil(year - 1, month, dayOfMonth);
  },
};

/** Week periods are indexed by the day index of their Monday. */
const week: PeriodCalendar = {
  level: 'week',
  indexOf: (d) => d.weekStart,
  key(i) {
    const { isoYear, isoWeek } = isoWeekOf(i);
    return `${isoYear}-W${pad2(isoWeek)}`;
  },
  start: (i) => i,
  end: (i) => i + 6,
  previous: (i) => i - 7,
  sameLastYear(i) {
    const { isoYear, isoWeek } = isoWeekOf(i);
    return isoWeek > isoWeeksInYear(isoYear - 1) ? null : isoWeekStart(isoYear - 1, isoWeek);
  },
};

const month: PeriodCalendar = {
  level: 'month',
  indexOf: (d) => d.monthIndex,
  key: (i) => `${Math.floor(i / 12)}-${pad2((i % 12) + 1)}`,
  start: (i) => daysFromCivil(Math.floor(i / 12), (i % 12) + 1, 1),
  end(i) {
    const year = Math.floor(i / 12);
    const monthOfYear = (i % 12) + 1;
    return daysFromCivil(year, monthOfYear, daysInMonth(year, monthOfYear));
  },
  previous: (i) => i - 1,
  sameLastYear: (i) => i - 12,
};

const quarter: PeriodCalendar = {
  level: 'quarter',
  indexOf: (d) => d.quarterIndex,
  key: (i) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`,
  start: (i) => daysFromCivil(Math.floor(i / 4), (i % 4) * 3 + 1, 1),
  end: (i) => daysFromCivil(Math.floor((i + 1) / 4), ((i + 1) % 4) * 3 + 1, 1) - 1,
  previous: (i) => i - 1,
  sameLastYear: (i) => i - 4,
};

const year: PeriodCalendar = {
  level: 'year',
  indexOf: (d) => d.year,
  key: (i) => String(i),
  start: (i) => daysFromCivil(i, 1, 1),
  end: (i) => daysFromCivil(i, 12, 31),
  previous: (i) => i - 1,
  sameLastYear: (i) => i - 1,
};

export const PERIOD_CALENDARS: Record<PeriodLevel, PeriodCalendar> = { day, week, month, quarter, year };
