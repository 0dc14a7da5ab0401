import { dayPeriod, range, weekPeriod } from './calendar';
import { MONTH, monthNamed, shiftMonths } from './colloquial-periods';
import { bounded, type PeriodRule } from './period-rule';

/*
 * Parts of one month: "los primeros 10 días del mes", "the last 5 days of october", "the second
 * half of october". periods.ts runs them before the semesters, so "second half of october" is
 * not read as July to December; a bare day number ("el 18") runs after every other day rule.
 */

const WHICH_MONTH = `(?:(?:el |the )?(?:mes|month) (pasado|anterior)|last month|(?:este |el |the |this )?(?:mes|month)|${MONTH})`;

/** The month the words name: a month by name, last month, or this one. */
function monthOf(m: RegExpExecArray, at: number, now: string) {
  if (m[at + 1]) return monthNamed(m[at + 1] as string, undefined, now);
  if (m[at] || /last month/.test(m[0])) return shiftMonths(now, -1);
  return shiftMonths(now, 0);
}

const lastDayOf = (month: { to: string }) => Number(month.to.slice(8));
const day = (month: { from: string }, n: number) => `${month.from.slice(0, 8)}${String(n).padStart(2, '0')}`;

/**
 * "cuánto vendimos el 18": a bare day number is that day of this month (of the last one when it is
 * still to come). Only at the end or before a word that starts another slot: periods already read
 * are blanked out with spaces, and a number before them belongs to them.
 */
const BEFORE_ANOTHER_SLOT =
  '(?![%.,/-])(?=$| (?:en|y|a|al|de la|del local|vs|versus|contra|comparado|con|at|in|on|and)(?![a-z]))';

/** Day `dayNumber` of this month, or of the last one when it is still to come; null when no such day. */
function latestDay(dayNumber: number, now: string): string | null {
  const month = day(shiftMonths(now, 0), dayNumber) <= now ? shiftMonths(now, 0) : shiftMonths(now, -1);
  return dayNumber >= 1 && dayNumber <= lastDayOf(month) ? day(month, dayNumber) : null;
}

export const BARE_DAY_RULES: PeriodRule[] = [
  // "la semana del 18": the ISO week holding that day.
  [
    bounded(`(?:la )?semana del (\\d{1,2})${BEFORE_ANOTHER_SLOT}`),
    (m, now) => {
      const date = latestDay(Number(m[1]), now);
      return date ? { period: weekPeriod(date) } : {};
    },
  ],
  [
    bounded(`(?:el|del) (\\d{1,2})${BEFORE_ANOTHER_SLOT}`),
    (m, now) => {
      const date = latestDay(Number(m[1]), now);
      return date ? { period: dayPeriod(date) } : {};
    },
  ],
];

export const MONTH_PART_RULES: PeriodRule[] = [
  [
    bounded(
      `(?:los |las |the )?(primer[oa]s|ultim[oa]s|first|last) (\\d{1,2}) (?:dias|days) (?:del|de|of) ${WHICH_MONTH}`,
    ),
    (m, now) => {
      const month = monthOf(m, 3, now);
      const n = Math.min(Number(m[2]), lastDayOf(month));
      const first = /^(primer|first)/.test(m[1] as string);
      return {
        period: first
          ? range(month.from, day(month, n))
          : range(day(month, lastDayOf(month) - n + 1), month.to),
      };
    },
  ],
  [
    bounded(`(?:the )?(first|second) half of ${WHICH_MONTH}`),
    (m, now) => {
      const month = monthOf(m, 2, now);
      return {
        period: m[1] === 'first' ? range(month.from, day(month, 15)) : range(day(month, 16), month.to),
      };
    },
  ],
];
