import type { AskPeriod } from '@ayni/contracts';

/* Calendar arithmetic on local 'YYYY-MM-DD' dates (UTC midnight stands in for the local day). */

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

export const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => fromDay(toDay(date) + days);
/** ISO weekday, 1 Monday … 7 Sunday. */
export const weekdayOf = (date: string): number => ((new Date(toDay(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Month `month` (1-12, may overflow either way) of `year`. */
export function monthPeriod(year: number, month: number): AskPeriod {
  const index = year * 12 + month - 1;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { grain: 'month', from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}` };
}

export function quarterPeriod(year: number, quarter: number): AskPeriod {
  const index = year * 4 + quarter - 1;
  const y = Math.floor(index / 4);
  const q = (index % 4) + 1;
  const last = q * 3;
  return {
    grain: 'quarter',
    from: `${y}-${pad(last - 2)}-01`,
    to: `${y}-${pad(last)}-${pad(lastDayOf(y, last))}`,
  };
}

export const yearPeriod = (year: number): AskPeriod => ({
  grain: 'year',
  from: `${year}-01-01`,
  to: `${year}-12-31`,
});
export const dayPeriod = (date: string): AskPeriod => ({ grain: 'day', from: date, to: date });

/** The ISO week (Monday to Sunday) holding `date`. */
export function weekPeriod(date: string): AskPeriod {
  const monday = addDays(date, 1 - weekdayOf(date));
  return { grain: 'week', from: monday, to: addDays(monday, 6) };
}

export const range = (from: string, to: string): AskPeriod => ({ grain: 'range', from, to });

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The period of the same grain just before `period` (a range: as many days, right before). */
export function previousPeriod(period: AskPeriod): AskPeriod {
  const [y, m] = parts(period.from);
  switch (period.grain) {
    case 'day':
      return dayPeriod(addDays(period.from, -1));
    case 'week':
      return weekPeriod(addDays(period.from, -7));
    case 'month':
      return monthPeriod(y, m - 1);
    case 'quarter':
      return quarterPeriod(y, Math.floor((m - 1) / 3));
    case 'year':
      return yearPeriod(y - 1);
    case 'range': {
      const days = toDay(period.to) - toDay(period.from) + 1;
      return range(addDays(period.from, -days), addDays(period.from, -1));
    }
  }
}

/** The same period one year before (weeks: the same ISO week number, 52 weeks back). */
export function sameLastYear(period: AskPeriod): AskPeriod {
  const [y, m, d] = parts(period.from);
  switch (period.grain) {
    case 'day':
      return dayPeriod(`${y - 1}-${pad(m)}-${pad(Math.min(d, lastDayOf(y - 1, m)))}`);
    case 'week':
      return weekPeriod(addDays(period.from, -364));
    case 'month':
      return monthPeriod(y - 1, m);
    case 'quarter':
      return quarterPeriod(y - 1, Math.ceil(m / 3));
    case 'year':
      return yearPeriod(y - 1);
    case 'range': {
      const [ty, tm, td] = parts(period.to);
      return range(
        `${y - 1}-${pad(m)}-${pad(Math.min(d, lastDayOf(y - 1, m)))}`,
        `${ty - 1}-${pad(tm)}-${pad(Math.min(td, lastDayOf(ty - 1, tm)))}`,
      );
    }
  }
}

/** Year and month (1-12) of a date. */
export const yearMonth = (date: string): [number, number] => {
  const [y, m] = parts(date);
  return [y, m];
};
