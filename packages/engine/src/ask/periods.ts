import type { AskPeriod } from '@ayni/contracts';
import {
  addDays,
  dayPeriod,
  monthPeriod,
  quarterPeriod,
  range,
  weekdayOf,
  weekPeriod,
  yearMonth,
  yearPeriod,
} from './calendar';
import {
  COLLOQUIAL_RULES,
  CURRENT_PERIOD_RULES,
  type PeriodMentionBody,
  type PeriodRule,
  untilData,
} from './colloquial-periods';
import { DAY_RULES } from './day-periods';
import { MOVABLE_DAY_RULES } from './event-periods';
import { HOLIDAY_RULES, SUNDAY_HOLIDAY_RULES } from './holiday-periods';
import { MONTHS } from './month-names';
import { BARE_DAY_RULES, MONTH_PART_RULES } from './month-part-periods';
import { NUMERIC_DATE_RULES } from './numeric-date-periods';
import { PAIRED_RULES } from './paired-periods';
import { WEEKDAY } from './weekday-periods';

/**
 * Periods named in a question, resolved against Chile's calendar day (`today`) and the data's
 * last day (`dataThrough`, where rolling windows end; see PeriodRule): absolute ones ("octubre", "el mes pasado", "Q3 2024", "últimos 30 días") and relations to the
 * question's main period ("mismo mes del año pasado", "respecto al mes anterior").
 */
export interface PeriodMention extends PeriodMentionBody {
  at: number;
}

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = '(?:(?:de|del|of|,)? ?(?:ano |el )?(20\\d{2}))';
const ORDINALS: Record<string, number> = {
  primer: 1,
  primero: 1,
  '1er': 1,
  '1': 1,
  first: 1,
  '1st': 1,
  segundo: 2,
  '2do': 2,
  '2': 2,
  second: 2,
  '2nd': 2,
  tercer: 3,
  tercero: 3,
  '3er': 3,
  '3': 3,
  third: 3,
  '3rd': 3,
  cuarto: 4,
  '4to': 4,
  '4': 4,
  fourth: 4,
  '4th': 4,
};
const ORDINAL = `(${Object.keys(ORDINALS).join('|')})`;
const LAST_YEAR = '(?:del|de el|el|of) ano (?:pasado|anterior)|last year';
const COMPARE =
  // "más clientes que el año pasado": a comparative's "que/than" compares too.
  '(?:vs|versus|comparado con|comparada con|compared (?:to|with)|respecto (?:a|al|del|de)|frente a|contra|with|con|(?<=(?:mas|menos|more|less|fewer|better|worse|higher|lower|bigger|smaller|mejor|peor)(?: [a-z]+){0,3} )(?:que|than))';

type Rule = PeriodRule;

const b = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
const num = (text: string | undefined) => Number(text);

/** The latest month `month` that has begun by `now`, unless the year is given. */
function namedMonth(month: number, year: string | undefined, now: string): AskPeriod {
  const [y, m] = yearMonth(now);
  if (year) return monthPeriod(num(year), month);
  return monthPeriod(month <= m ? y : y - 1, month);
}

function namedQuarter(quarter: number, year: string | undefined, now: string): AskPeriod {
  const [y, m] = yearMonth(now);
  if (year) return quarterPeriod(num(year), quarter);
  return quarterPeriod(quarter <= Math.ceil(m / 3) ? y : y - 1, quarter);
}

/** The last `n` days, weeks, months or years of data, ending on its last day (`through`). */
function lastN(n: number, unit: string, through: string): AskPeriod {
  if (/^(dias|days)$/.test(unit)) return range(addDays(through, 1 - n), through);
  if (/^(semanas|weeks)$/.test(unit)) return range(addDays(through, 1 - 7 * n), through);
  const [y, m] = yearMonth(through);
  const months = /^(anos|years)$/.test(unit) ? 12 * n : n;
  return range(monthPeriod(y, m - months + 1).from, through);
}

const RULES: Rule[] = [
  // Relations to the main period first, so "año pasado" inside them is not a period of its own.
  [
    b(`(?:el |la )?mism[oa](?: (?:mes|periodo|trimestre|semana|dia|ano|fecha))? (?:${LAST_YEAR})`),
    () => ({ relation: 'last_year' }),
  ],
  [
    b(`(?:the )?same (?:month|period|quarter|week|day|time) (?:of |in )?last year`),
    () => ({ relation: 'last_year' }),
  ],
  // "vs el del año pasado", "con la del año pasado": the one of last year, not the whole year.
  [
    b(`(?:el|la|los|las) (?:del|de) ano (?:pasado|anterior)|the ones? (?:of |from )?last year`),
    () => ({ relation: 'last_year' }),
  ],
  [
    b('interanual|ano a ano|yoy|year over year|year-over-year|a year (?:ago|before|earlier)|un ano antes'),
    () => ({ relation: 'last_year' }),
  ],
  [
    b(`${COMPARE} (?:el |la |the )?(?:ano anterior|ano pasado|last year|previous year|prior year)`),
    () => ({ relation: 'last_year' }),
  ],
  [
    b(
      `${COMPARE} (?:el |la |the )?(?:(?:periodo|mes|trimestre|semana|dia) (?:anterior|previo)|previous (?:period|month|quarter|week|day)|(?:month|quarter|week|period|day) before)`,
    ),
    () => ({ relation: 'previous' }),
  ],
  // Before the weekdays, so "viernes santo" is not last Friday.
  ...MOVABLE_DAY_RULES,
  ...PAIRED_RULES,
  ...COLLOQUIAL_RULES,
  ...MONTH_PART_RULES,
  ...DAY_RULES,
  ...HOLIDAY_RULES,
  ...SUNDAY_HOLIDAY_RULES,
  // Absolute periods.
  [
    b(`(?:${ORDINAL} (?:trimestre|quarter)|q ([1-4]))(?: ${YEAR}| (${LAST_YEAR}))?`),
    (m, now) => {
      const quarter = m[1] ? (ORDINALS[m[1]] as number) : num(m[2]);
      const year = m[4] ? String(yearMonth(now)[0] - 1) : m[3];
      return { period: namedQuarter(quarter, year, now) };
    },
  ],
  [
    b(
      `(primer|first|1er|1ro|1st|segundo|second|2do|2nd) (?:semestre|half)(?: ${YEAR}| (?:of )?(${LAST_YEAR}))?`,
    ),
    (m, now) => {
      const year = m[2] ? num(m[2]) : yearMonth(now)[0] - (m[3] ? 1 : 0);
      const first = /^(primer|first|1er|1ro|1st)$/.test(m[1] as string);
      return {
        period: range(`${year}-${first ? '01-01' : '07-01'}`, `${year}-${first ? '06-30' : '12-31'}`),
      };
    },
  ],
  [
    b(`${MONTH} (?:${LAST_YEAR})`),
    (m, now) => ({ period: monthPeriod(yearMonth(now)[0] - 1, MONTHS[m[1] as string] as number) }),
  ],
  // Named days count back from the calendar day: "ayer" is yesterday even when the data ends earlier.
  [b('anteayer|antes de ayer|day before yesterday'), (_m, now) => ({ period: dayPeriod(addDays(now, -2)) })],
  [
    b(
      '(?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:pasado|anterior)|last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    ),
    (m, now) => {
      const target = WEEKDAY[(m[1] ?? m[2]) as string] as number;
      const back = (weekdayOf(now) - target + 7) % 7 || 7;
      return { period: dayPeriod(addDays(now, -back)) };
    },
  ],
  [b('hoy|today'), (_m, now) => ({ period: dayPeriod(now) })],
  [b('ayer|yesterday|last(?= night)'), (_m, now) => ({ period: dayPeriod(addDays(now, -1)) })],
  [
    b('(?:la )?semana (?:pasada|anterior)|last week|previous week'),
    (_m, now) => ({ period: weekPeriod(addDays(now, -7)) }),
  ],
  [b('(?:esta|this) (?:semana|week)'), (_m, now) => ({ period: weekPeriod(now) })],
  [
    b('(?:el )?mes (?:pasado|anterior)|last month|previous month'),
    (_m, now) => ({ period: monthPeriod(...plusMonths(now, -1)) }),
  ],
  [
    b('(?:este|this) (?:mes|month)|en lo que va del mes|month to date'),
    (_m, now) => ({ period: monthPeriod(...plusMonths(now, 0)) }),
  ],
  [
    b('(?:el )?trimestre (?:pasado|anterior)|last quarter|previous quarter'),
    (_m, now) => ({ period: quarterOf(now, -1) }),
  ],
  [b('(?:este|this) (?:trimestre|quarter)'), (_m, now) => ({ period: quarterOf(now, 0) })],
  [
    b('(?:el )?ano (?:pasado|anterior)|last year|previous year'),
    (_m, now) => ({ period: yearPeriod(yearMonth(now)[0] - 1) }),
  ],
  [
    b('(?:este|this) (?:ano|year)|en lo que va del ano|year to date|ytd'),
    (_m, now) => ({ period: yearPeriod(yearMonth(now)[0]) }),
  ],
  [
    b('(?:los |las |the )?(?:ultim[oa]s|last|past) (\\d+) (dias|days|semanas|weeks|meses|months|anos|years)'),
    (m, _now, through) => ({ period: lastN(num(m[1]), m[2] as string, through) }),
  ],
  ...NUMERIC_DATE_RULES,
  [
    b(`(?:el )?(\\d{1,2}) de ${MONTH}(?: ${YEAR})?`),
    (m, now) => ({ period: dayOf(namedMonth(MONTHS[m[2] as string] as number, m[3], now), m[1]) }),
  ],
  [
    b(`${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?: ${YEAR})?`),
    (m, now) => ({ period: dayOf(namedMonth(MONTHS[m[1] as string] as number, m[3], now), m[2]) }),
  ],
  [
    b(
      // "de octubre y septiembre" names two months (a comparison), "entre julio y septiembre" a range.
      // "la diferencia entre octubre y noviembre" compares the two instead.
      `(?:(?:de|desde|from) ${MONTH}(?: ${YEAR})? (?:a|hasta|to|through|until)|(?<!(?:diferencia|difference|compar[a-z]*)(?: [a-z]+){0,3} )(?:entre|between) ${MONTH}(?: ${YEAR})? (?:y|and|a|to)) ${MONTH}(?: ${YEAR})?`,
    ),
    (m, now) => {
      const [firstName, firstYear] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
      const to = namedMonth(MONTHS[m[5] as string] as number, m[6], now);
      const first = MONTHS[firstName as string] as number;
      const toYear = num(to.from.slice(0, 4));
      const from = firstYear
        ? monthPeriod(num(firstYear), first)
        : monthPeriod(first <= num(to.from.slice(5, 7)) ? toYear : toYear - 1, first);
      return { period: range(from.from, to.to) };
    },
  ],
  [
    b(`(?:desde|since|a partir de) ${MONTH}(?: ${YEAR})?`),
    (m, now, through) => ({
      period: untilData(namedMonth(MONTHS[m[1] as string] as number, m[2], now).from, now, through),
    }),
  ],
  [
    b(`${MONTH}(?: ${YEAR})?(?: (${LAST_YEAR}))?`),
    (m, now) => {
      const month = MONTHS[m[1] as string] as number;
      if (m[3]) return { period: monthPeriod(yearMonth(now)[0] - 1, month) };
      return { period: namedMonth(month, m[2], now) };
    },
  ],
  [
    // "del año 2024" whole, so the "del año" (this year) rule after it does not see it again.
    b('(?:en |el |del |in |during )?(?:(?:el |del )?ano )?(20\\d{2})'),
    (m) => ({ period: yearPeriod(num(m[1])) }),
  ],
  ...BARE_DAY_RULES,
  ...CURRENT_PERIOD_RULES,
];

const pad = (text: string | undefined) => String(text).padStart(2, '0');
const plusMonths = (now: string, n: number): [number, number] => {
  const [y, m] = yearMonth(now);
  return [y, m + n];
};
const quarterOf = (now: string, n: number) => {
  const [y, m] = yearMonth(now);
  return quarterPeriod(y, Math.ceil(m / 3) + n);
};
const dayOf = (month: AskPeriod, day: string | undefined) =>
  dayPeriod(`${month.from.slice(0, 8)}${pad(day)}`);

/** Every period mention, in the order they appear; `rest` is the text without them. */
/**
 * "octubre de este año", "el primer trimestre de este año": this year's, written as its number
 * (padded to the same length, so positions in the text stay put) rather than read as a second
 * period, the whole year, compared with.
 */
const OF_THIS_YEAR = new RegExp(
  `(?<=(?:${Object.keys(MONTHS).join('|')}|trimestre|semestre|quarter|half|q ?[1-4]) )(?:de|del|of) (?:este ano|ano actual|ano en curso|presente ano|this year)(?![a-z])`,
  'g',
);

export function findPeriods(
  text: string,
  dataThrough: string,
  today = dataThrough,
): { mentions: PeriodMention[]; rest: string } {
  const year = today.slice(0, 4);
  let work = text.replace(OF_THIS_YEAR, (words) => `de ${year}`.padEnd(words.length));
  const mentions: PeriodMention[] = [];
  for (const [pattern, make] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(work); m !== null; m = pattern.exec(work)) {
      const mention = make(m, today, dataThrough);
      const valid = mention.period === undefined || isRealPeriod(mention.period);
      if (valid) mentions.push({ at: m.index, ...mention });
      work = `${work.slice(0, m.index)}${' '.repeat(m[0].length)}${work.slice(m.index + m[0].length)}`;
    }
  }
  mentions.sort((x, y) => x.at - y.at);
  return { mentions, rest: work };
}

const isRealPeriod = (period: AskPeriod) =>
  [period.from, period.to].every((date) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  });
