import { addDays, dayPeriod, range, weekdayOf } from './calendar';
import { MONTH, monthNamed } from './colloquial-periods';
import { bounded, type PeriodRule } from './period-rule';
import { WEEKDAY } from './weekday-periods';

/*
 * Periods cut from a named month: the year up to it ("ventas acumuladas a octubre") and one
 * weekday in it ("el segundo domingo de octubre"). Placed among the day rules of day-periods.ts.
 */

/** The month names without a capture group, for a lookbehind that must not shift the groups. */
const MONTHS_ALTERNATIVES = `(?:${MONTH.slice(1, -1)})`;

const NTH = ['primer', 'segundo', 'tercer', 'cuarto', 'ultimo', 'first', 'second', 'third', 'fourth', 'last'];

export const MONTH_SPAN_RULES: PeriodRule[] = [
  // "ventas acumuladas a octubre", "cumulative sales through october": the year up to that month.
  [
    bounded(
      `(?<=(?:acumulad[oa]s?|cumulative|ytd)(?: [a-z]+){0,3} )(?:a|hasta|al cierre de|through|to|until) ${MONTH}(?: (?:de |del )?(20\\d{2}))?`,
    ),
    (m, dt) => {
      const month = monthNamed(m[1] as string, m[2], dt);
      return { period: range(`${month.from.slice(0, 4)}-01-01`, month.to) };
    },
  ],
  // "¿cuánto vendí hasta junio?": the year up to that month too, not June alone ("de marzo hasta
  // junio" is a range of months, read elsewhere).
  [
    bounded(
      `(?<!(?:de|desde|entre|from|between) ${MONTHS_ALTERNATIVES}(?: (?:de |del )?20\\d{2})? )(?:hasta|up to|until|through) (?:fines de |finales de |the end of )?${MONTH}(?: (?:de |del )?(20\\d{2}))?`,
    ),
    (m, dt) => {
      const month = monthNamed(m[1] as string, m[2], dt);
      return { period: range(`${month.from.slice(0, 4)}-01-01`, month.to) };
    },
  ],
  // "el segundo domingo de octubre", "the last friday of october": that weekday of that month.
  [
    bounded(
      `(?:el |the )?(primer|segundo|tercer|cuarto|ultimo|first|second|third|fourth|last) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:de|del|of|in) ${MONTH}(?: (?:de |del )?(20\\d{2}))?`,
    ),
    (m, dt) => {
      const month = monthNamed(m[3] as string, m[4], dt);
      const weekday = WEEKDAY[m[2] as string] as number;
      const nth = NTH.indexOf(m[1] as string) % 5;
      const first = addDays(month.from, (weekday - weekdayOf(month.from) + 7) % 7);
      if (nth < 4) return { period: dayPeriod(addDays(first, 7 * nth)) };
      const last = addDays(month.to, -((weekdayOf(month.to) - weekday + 7) % 7));
      return { period: dayPeriod(last) };
    },
  ],
];
