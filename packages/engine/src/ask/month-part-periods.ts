import { range } from './calendar';
import { MONTH, monthNamed, shiftMonths } from './colloquial-periods';
import { bounded, type PeriodRule } from './period-rule';

/*
 * Parts of one month: "los primeros 10 días del mes", "the last 5 days of october", "the second
 * half of october". periods.ts runs them before the semesters, so "second half of october" is
 * not read as July to December.
 */

const WHICH_MONTH = `(?:(?:el |the )?(?:mes|month) (pasado|anterior)|last month|(?:este |el |the |this )?(?:mes|month)|${MONTH})`;

/** The month the words name: a month by name, last month, or this one. */
function monthOf(m: RegExpExecArray, at: number, dt: string) {
  if (m[at + 1]) return monthNamed(m[at + 1] as string, undefined, dt);
  if (m[at] || /last month/.test(m[0])) return shiftMonths(dt, -1);
  return shiftMonths(dt, 0);
}

const lastDayOf = (month: { to: string }) => Number(month.to.slice(8));
const day = (month: { from: string }, n: number) => `${month.from.slice(0, 8)}${String(n).padStart(2, '0')}`;

export const MONTH_PART_RULES: PeriodRule[] = [
  [
    bounded(
      `(?:los |las |the )?(primer[oa]s|ultim[oa]s|first|last) (\\d{1,2}) (?:dias|days) (?:del|de|of) ${WHICH_MONTH}`,
    ),
    (m, dt) => {
      const month = monthOf(m, 3, dt);
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
    (m, dt) => {
      const month = monthOf(m, 2, dt);
      return {
        period: m[1] === 'first' ? range(month.from, day(month, 15)) : range(day(month, 16), month.to),
      };
    },
  ],
];
