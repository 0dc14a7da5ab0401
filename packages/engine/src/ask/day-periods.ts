import { addDays, dayPeriod, range, weekPeriod, yearMonth } from './calendar';
import { bounded, MONTH, monthNamed, type PeriodRule, shiftMonths, untilData } from './colloquial-periods';
import { MONTHS } from './month-names';
import { MONTH_SPAN_RULES } from './month-span-periods';

/*
 * Days and runs of days named inside a month: "el 18 de septiembre del año pasado", "la semana
 * del 10 de noviembre", "desde el 1 de octubre", "la primera quincena", "el día 3", "del 1 al 15
 * de octubre", "el 15/09". Placed by periods.ts after the colloquial rules.
 */

const pad = (day: string | undefined) => String(day).padStart(2, '0');

/** Monday of ISO week `n` of the latest year where that week has started by `now`. */
function isoWeek(n: number, now: string) {
  const [y] = yearMonth(now);
  const monday = (year: number) => addDays(weekPeriod(`${year}-01-04`).from, 7 * (n - 1));
  return weekPeriod(monday(y) <= now ? monday(y) : monday(y - 1));
}

export const DAY_RULES: PeriodRule[] = [
  // "del 20 de octubre al 5 de noviembre", "between oct 20 and nov 5": a run across two months.
  [
    bounded(
      `(?:del|desde el|entre el) (\\d{1,2}) de ${MONTH} (?:al|hasta el|y el) (\\d{1,2}) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?|(?:from |between )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)? (?:to|and|through|until|-) ${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const [firstDay, firstName, lastDay, lastName, year] = m[1]
        ? [m[1], m[2], m[3], m[4], m[5]]
        : [m[7], m[6], m[9], m[8], m[10]];
      const last = monthNamed(lastName as string, year, now);
      const lastYear = Number(last.from.slice(0, 4));
      const firstYear =
        (MONTHS[firstName as string] as number) > Number(last.from.slice(5, 7)) ? lastYear - 1 : lastYear;
      const first = monthNamed(firstName as string, String(firstYear), now);
      return {
        period: range(`${first.from.slice(0, 8)}${pad(firstDay)}`, `${last.from.slice(0, 8)}${pad(lastDay)}`),
      };
    },
  ],
  // "la semana 45", "week 46": ISO week numbers, as printed on many calendars.
  [
    bounded('(?:la )?semana (?:n(?:ro|umero)? )?(\\d{1,2})(?! de)|(?:in )?week (?:number |no )?(\\d{1,2})'),
    (m, now) => {
      const n = Number(m[1] ?? m[2]);
      return n >= 1 && n <= 53 ? { period: isoWeek(n, now) } : {};
    },
  ],
  // "de octubre a hoy", "from october to date": from the month's first day to the last day of data.
  [
    bounded(
      `(?:de|desde) ${MONTH}(?: (?:de |del )?(20\\d{2}))? (?:a|hasta) (?:hoy|la fecha|ahora)|from ${MONTH}(?: (20\\d{2}))? (?:to|until|through) (?:today|now|date)`,
    ),
    (m, now, through) => ({
      period: untilData(monthNamed((m[1] ?? m[3]) as string, m[2] ?? m[4], now).from, now, through),
    }),
  ],
  // "el 18 de septiembre del año pasado", "on the 18th of september", "18 september 2024".
  [
    bounded(
      `(?:el )?(\\d{1,2}) de ${MONTH} (?:del|de el) ano (?:pasado|anterior)|(?:on (?:the )?|the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const lastYear = String(yearMonth(now)[0] - 1);
      const month = m[1] ? monthNamed(m[2] as string, lastYear, now) : monthNamed(m[4] as string, m[5], now);
      return { period: dayPeriod(`${month.from.slice(0, 8)}${String(m[1] ?? m[3]).padStart(2, '0')}`) };
    },
  ],
  // "el 24 y el 25 de octubre": the days from one to the other, summed.
  [
    bounded(`(?:el )?(\\d{1,2}) y (?:el )?(\\d{1,2}) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?`),
    (m, now) => {
      const month = monthNamed(m[3] as string, m[4], now);
      const [first, last] = [m[1], m[2]].map((d) => String(d).padStart(2, '0'));
      return { period: range(`${month.from.slice(0, 8)}${first}`, `${month.from.slice(0, 8)}${last}`) };
    },
  ],
  // "la semana del 10 de noviembre", "the week of november 10": the ISO week holding that day.
  [
    bounded(
      `(?:la )?semana del (\\d{1,2}) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?|(?:the )?week of ${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const month = m[2] ? monthNamed(m[2], m[3], now) : monthNamed(m[4] as string, m[6], now);
      return { period: weekPeriod(`${month.from.slice(0, 8)}${String(m[1] ?? m[5]).padStart(2, '0')}`) };
    },
  ],
  // "desde el 1 de octubre", "since october 1st": from that day to the last day of data.
  [
    bounded(
      `(?:desde el|a partir del?) (\\d{1,2}) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?|since ${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: (20\\d{2}))?`,
    ),
    (m, now, through) => {
      const month = m[2] ? monthNamed(m[2], m[3], now) : monthNamed(m[4] as string, m[6], now);
      const from = `${month.from.slice(0, 8)}${String(m[1] ?? m[5]).padStart(2, '0')}`;
      return { period: untilData(from, now, through) };
    },
  ],
  // "la primera semana de noviembre": days 1-7, 8-14...; the last one is the month's last seven.
  [
    bounded(
      `(?:la )?(primera|segunda|tercera|cuarta|ultima|first|second|third|fourth|last) semana (?:de|del) ${MONTH}(?: (?:de |del )?(20\\d{2}))?|(?:the )?(first|second|third|fourth|last) week of ${MONTH}(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const month = monthNamed((m[2] ?? m[5]) as string, m[3] ?? m[6], now);
      const nth = ['primera', 'segunda', 'tercera', 'cuarta'].indexOf(m[1] ?? '');
      const index = nth >= 0 ? nth : ['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? m[4]) as string);
      if (index < 0) return { period: range(addDays(month.to, -6), month.to) };
      return { period: range(addDays(month.from, 7 * index), addDays(month.from, 7 * index + 6)) };
    },
  ],
  // "noviembre hasta el día 15", "the first 10 days of november": from the 1st to that day.
  [
    bounded(
      `${MONTH}(?: (?:de |del )?(20\\d{2}))? (?:hasta|al) (?:el )?(?:dia )?(\\d{1,2})(?! de)|(?:los )?primeros (\\d{1,2}) dias (?:de|del) ${MONTH}(?: (?:de |del )?(20\\d{2}))?|(?:the )?first (\\d{1,2}) days of ${MONTH}(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const [name, year, day] = m[1] ? [m[1], m[2], m[3]] : m[5] ? [m[5], m[6], m[4]] : [m[8], m[9], m[7]];
      const month = monthNamed(name as string, year, now);
      return { period: range(month.from, `${month.from.slice(0, 8)}${pad(day)}`) };
    },
  ],
  ...MONTH_SPAN_RULES,
  // "la primera quincena de noviembre": days 1-15 or 16 to the end (this month when none is named).
  [
    bounded(
      `(?:la )?(primera|segunda|1a|2a|first|second) quincena(?: (?:de |del )?${MONTH}(?: (?:de |del )?(20\\d{2}))?)?`,
    ),
    (m, now) => {
      const month = m[2] ? monthNamed(m[2], m[3], now) : shiftMonths(now, 0);
      const first = /^(primera|1a|first)$/.test(m[1] as string);
      return {
        period: first
          ? range(month.from, `${month.from.slice(0, 8)}15`)
          : range(`${month.from.slice(0, 8)}16`, month.to),
      };
    },
  ],
  // "comparar ventas entre octubre y septiembre": two months compared, not the range between.
  [
    bounded(
      `(?<=compar[a-z]* .*)(?:entre|between) ${MONTH}(?: (?:de |del )?(20\\d{2}))?(?= (?:y|and) ${MONTH})`,
    ),
    (m, now) => ({ period: monthNamed(m[1] as string, m[2], now) }),
  ],
  // "el primero de noviembre", "el 1ro de octubre": the first day of that month.
  [
    bounded(`(?:el )?(?:primero|1ro|1ero|1er) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?`),
    (m, now) => ({ period: dayPeriod(monthNamed(m[1] as string, m[2], now).from) }),
  ],
  // "el día 3": that day of this month, or of the last one when it has not come yet.
  [
    bounded('(?:el )?dia (\\d{1,2})(?! de)|(?:on )?the (\\d{1,2})(?:st|nd|rd|th)(?! of)'),
    (m, now) => {
      const day = String(m[1] ?? m[2]).padStart(2, '0');
      const month = `${now.slice(0, 8)}${day}` <= now ? shiftMonths(now, 0) : shiftMonths(now, -1);
      return { period: dayPeriod(`${month.from.slice(0, 8)}${day}`) };
    },
  ],
  // "entre el 1 y el 15 de octubre", "del 1 al 15 de octubre", "from october 1 to 15": days of one month.
  [
    bounded(
      `(?:entre el|del|desde el) (\\d{1,2}) (?:y el|al|hasta el) (\\d{1,2}) de ${MONTH}(?: (?:de |del )?(20\\d{2}))?|(?:from |between )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)? (?:to|through|until|and|-) (\\d{1,2})(?:st|nd|rd|th)?(?: (20\\d{2}))?`,
    ),
    (m, now) => {
      const month = m[3] ? monthNamed(m[3], m[4], now) : monthNamed(m[5] as string, m[8], now);
      const [first, last] = (m[3] ? [m[1], m[2]] : [m[6], m[7]]).map((d) => String(d).padStart(2, '0'));
      return { period: range(`${month.from.slice(0, 8)}${first}`, `${month.from.slice(0, 8)}${last}`) };
    },
  ],
  // "entre el 1 y el 10 de este mes", "del 5 al 12": days of this month (or of the last one).
  [
    bounded(
      '(?:entre el|del|desde el) (\\d{1,2}) (?:y el|al|hasta el) (\\d{1,2})(?: (de este mes|de este|del mes|del mes pasado|del mes anterior))?',
    ),
    (m, now) => {
      const month = m[3] && /pasado|anterior/.test(m[3]) ? shiftMonths(now, -1) : shiftMonths(now, 0);
      const [first, last] = [m[1], m[2]].map((d) => String(d).padStart(2, '0'));
      return { period: range(`${month.from.slice(0, 8)}${first}`, `${month.from.slice(0, 8)}${last}`) };
    },
  ],
  // "el 2 de este mes", "el 15 del mes pasado": that day of the month named (after the runs of days).
  [
    bounded('(?:el |del )?(\\d{1,2}) (?:de este mes|del mes|del presente mes|(del mes (?:pasado|anterior)))'),
    (m, now) => {
      const month = m[2] ? shiftMonths(now, -1) : shiftMonths(now, 0);
      return { period: dayPeriod(`${month.from.slice(0, 8)}${String(m[1]).padStart(2, '0')}`) };
    },
  ],
  [
    // "el 15/09": day and month, the latest one by `now`.
    bounded('(\\d{1,2})/(\\d{1,2})(?!/)'),
    (m, now) => {
      const [y] = yearMonth(now);
      const day = `${String(m[2]).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
      return { period: dayPeriod(`${`${y}-${day}` <= now ? y : y - 1}-${day}`) };
    },
  ],
];
