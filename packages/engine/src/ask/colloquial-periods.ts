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
import { MONTHS } from './month-names';
import { bounded, type PeriodRule } from './period-rule';
import { WEEKDAY_RULES } from './weekday-periods';

/*
 * How owners actually name periods when they type fast: "la semana antepasada", "hace dos meses",
 * "el finde", "del año" (days inside a month are in day-periods.ts, weekdays in
 * weekday-periods.ts). Same shape as the rules in periods.ts, which places them: before
 * "hoy"/"ayer"/"semana pasada" (so "antepasada" is not half-read) and after the comparisons
 * ("mismo mes del año pasado").
 */

export { bounded, type PeriodMentionBody, type PeriodRule, untilData } from './period-rule';

export const shiftMonths = (now: string, n: number) => {
  const [y, m] = yearMonth(now);
  return monthPeriod(y, m + n);
};
export const shiftQuarters = (now: string, n: number) => {
  const [y, m] = yearMonth(now);
  return quarterPeriod(y, Math.ceil(m / 3) + n);
};

/** The half of the month `date` is in (days 1–15, or 16 to the end), `back` halves before it. */
function quincena(date: string, back: number): AskPeriod {
  const [year, month] = yearMonth(date);
  const half = (Number(date.slice(8, 10)) > 15 ? 1 : 0) - back;
  const { from, to } = monthPeriod(year, month + Math.floor(half / 2));
  return half % 2 === 0 ? range(from, addDays(from, 14)) : range(addDays(from, 15), to);
}

/** The half of the year `date` is in, `back` halves before it. */
function semester(date: string, back: number): AskPeriod {
  const [year, month] = yearMonth(date);
  const half = year * 2 + (month > 6 ? 1 : 0) - back;
  const y = Math.floor(half / 2);
  return half % 2 === 0 ? range(`${y}-01-01`, `${y}-06-30`) : range(`${y}-07-01`, `${y}-12-31`);
}

/** Saturday and Sunday of the last weekend that has started by `now`, `back` weekends before it. */
function weekend(now: string, back: number): AskPeriod {
  const saturday = addDays(now, -((weekdayOf(now) + 1) % 7) - 7 * back);
  return range(saturday, addDays(saturday, 1));
}

/** "hace 2 meses" / "2 months ago": the whole day, week, month or year that many back. */
function ago(n: number, unit: string, now: string): AskPeriod | undefined {
  if (/^(dias?|days?)$/.test(unit)) return dayPeriod(addDays(now, -n));
  if (/^(semanas?|weeks?)$/.test(unit)) return weekPeriod(addDays(now, -7 * n));
  if (/^(mes|meses|months?)$/.test(unit)) return shiftMonths(now, -n);
  if (/^(trimestres?|quarters?)$/.test(unit)) return shiftQuarters(now, -n);
  return yearPeriod(yearMonth(now)[0] - n);
}

const AGO_UNIT = '(dias?|semanas?|mes|meses|trimestres?|anos?|days?|weeks?|months?|quarters?|years?)';

export const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const COMPARED =
  '(?:vs|versus|comparad[oa] con|compared (?:to|with)|respecto (?:a|al|de|del)|frente a|contra|con|(?<=(?:mas|menos|more|less|fewer|better|worse|higher|lower|bigger|smaller|mejor|peor)(?: [a-z]+){0,3} )(?:que|than))';

/** The month named (with or without its year) that has started by `now`. */
export function monthNamed(name: string, year: string | undefined, now: string): AskPeriod {
  const month = MONTHS[name] as number;
  const [y, m] = yearMonth(now);
  return monthPeriod(year ? Number(year) : month <= m ? y : y - 1, month);
}

export const COLLOQUIAL_RULES: PeriodRule[] = [
  // "comparado con el mes pasado" with no other period: this month against the last one; after
  // another period ("la semana antepasada vs la semana pasada") it is that last one itself.
  [
    bounded(
      `${COMPARED} (?:el |la |the )?(mes pasado|last month|semana pasada|last week|trimestre pasado|last quarter)`,
    ),
    (m, now) => {
      const unit = m[1] as string;
      // "trimestre" holds "mes": quarters first.
      if (/trimestre|quarter/.test(unit))
        return { relation: 'previous', current: shiftQuarters(now, 0), named: shiftQuarters(now, -1) };
      if (/semana|week/.test(unit))
        return { relation: 'previous', current: weekPeriod(now), named: weekPeriod(addDays(now, -7)) };
      return { relation: 'previous', current: shiftMonths(now, 0), named: shiftMonths(now, -1) };
    },
  ],
  // "comparada con la anterior / la antepasada": the period named just before.
  [
    bounded(
      `(?:${COMPARED}|(?:mejor|peor|mas|menos) que) (?:el |la |lo |the )?(?:anterior|pasad[oa]|antepasad[oa]|previ[oa]|previous one|one before)`,
    ),
    () => ({ relation: 'previous' }),
  ],
  [
    bounded('(?:el |la )?mismo dia de la semana (?:pasada|anterior)|(?:the )?same day (?:of )?last week'),
    () => ({ relation: 'last_week' }),
  ],
  [
    bounded('(?:la )?semana antepasada|(?:the )?week before last'),
    (_m, now) => ({ period: weekPeriod(addDays(now, -14)) }),
  ],
  [
    bounded('(?:el )?mes antepasado|(?:the )?month before last'),
    (_m, now) => ({ period: shiftMonths(now, -2) }),
  ],
  [
    bounded('(?:el )?trimestre antepasado|(?:the )?quarter before last'),
    (_m, now) => ({ period: shiftQuarters(now, -2) }),
  ],
  // "el mes 10": October, the last one the data reached, as "octubre" reads.
  [
    bounded('(?:el )?mes (1[0-2]|0?[1-9])(?![0-9])(?! (?:meses|months))'),
    (m, now) => {
      const [y, current] = yearMonth(now);
      const month = Number(m[1]);
      return { period: monthPeriod(month <= current ? y : y - 1, month) };
    },
  ],
  // "este semestre", "el semestre pasado": January–June or July–December.
  [
    bounded('(?:este|el presente|el actual) semestre|this half(?: of the year)?'),
    (_m, now) => ({ period: semester(now, 0) }),
  ],
  [
    bounded('(?:el )?semestre (?:pasado|anterior)|(?:the )?(?:last|previous) half(?: of the year)?'),
    (_m, now) => ({ period: semester(now, 1) }),
  ],
  // "esta quincena", "la quincena pasada": the halves of the month (1–15, 16 to the end) a
  // Chilean payroll counts, not fifteen days back.
  [bounded('(?:esta|la presente) quincena'), (_m, now) => ({ period: quincena(now, 0) })],
  [bounded('(?:la )?quincena (?:pasada|anterior)'), (_m, now) => ({ period: quincena(now, 1) })],
  // "la última quincena", "the last fortnight": the last fifteen days.
  [
    bounded('(?:la )?ultima quincena|(?:the )?(?:last|past) fortnight'),
    (_m, _now, through) => ({ period: range(addDays(through, -14), through) }),
  ],
  // "el último mes": the last thirty days; "el último año": the last twelve months, as
  // "los últimos 12 meses"; "los últimos días": the last seven.
  [
    bounded('(?:el )?ultimo mes(?! (?:de|del|con|en|que) )|(?:the )?(?:last|past) month(?= of data)'),
    (_m, _now, through) => ({ period: range(addDays(through, -29), through) }),
  ],
  [
    bounded('(?:el )?ultimo ano(?! (?:de|del|con|en|que) )'),
    (_m, _now, through) => ({ period: range(shiftMonths(through, -11).from, through) }),
  ],
  [
    bounded('(?:los |estos )?ultimos dias|(?:the )?(?:last|past) (?:few )?days|(?:the )?recent days'),
    (_m, _now, through) => ({ period: range(addDays(through, -6), through) }),
  ],
  // "la última semana": the last seven days, as "los últimos 7 días".
  [
    bounded('(?:la )?ultima semana(?! (?:de|del) [a-z])'),
    (_m, _now, through) => ({ period: range(addDays(through, -6), through) }),
  ],
  [
    bounded('(?:el )?ano antepasado|(?:the )?year before last'),
    (_m, now) => ({ period: yearPeriod(yearMonth(now)[0] - 2) }),
  ],
  [
    bounded(`hace (\\d+|un|una) ${AGO_UNIT}|(\\d+|a|one) ${AGO_UNIT} ago`),
    (m, now) => {
      const count = m[1] ?? m[3];
      const n = /^\d+$/.test(count as string) ? Number(count) : 1;
      return { period: ago(n, (m[2] ?? m[4]) as string, now) };
    },
  ],
  [
    bounded('(?:el )?(?:penultimo fin de semana|fin de semana antepasado)|(?:the )?weekend before last'),
    (_m, now) => ({ period: weekend(now, 1) }),
  ],
  // "el finde", "del fin de semana pasado", "last weekend": one weekend; "los fines de semana" stays a weekday filter.
  [
    bounded('(?:el|del|este|ultimo) fin de semana(?: (?:pasado|anterior))?|(?:last|this|the|past) weekend'),
    (_m, now) => ({ period: weekend(now, 0) }),
  ],
  ...WEEKDAY_RULES,
];

/** "ventas del mes", "el mejor mes del año": the current one; runs after every named period. */
export const CURRENT_PERIOD_RULES: PeriodRule[] = [
  // "¿qué tan buena fue la semana?": the current one.
  [
    bounded(
      '(?<=(?:fue|estuvo|va|anduvo|ha ido|ha sido|cerro|termino|que tal) )(?:la semana|el (mes|ano|trimestre))(?! (?:pasad|anterior|antepasad|de |del |que|mas|menos|con|en (?:que|la que|el que|los que|las que)))',
    ),
    (m, now) => {
      if (m[1] === 'mes') return { period: shiftMonths(now, 0) };
      if (m[1] === 'ano') return { period: yearPeriod(yearMonth(now)[0]) };
      if (m[1] === 'trimestre') return { period: shiftQuarters(now, 0) };
      return { period: weekPeriod(now) };
    },
  ],
  [
    bounded('(?:del|en el) ano(?! (?:de |del )?\\d)'),
    (_m, now) => ({ period: yearPeriod(yearMonth(now)[0]) }),
  ],
  [bounded('(?:del|en el) mes(?! de)'), (_m, now) => ({ period: shiftMonths(now, 0) })],
  [bounded('(?:del|en el) trimestre(?! de)'), (_m, now) => ({ period: shiftQuarters(now, 0) })],
  // "devoluciones de la semana", but "día de la semana" is a weekday breakdown.
  [bounded('(?<!dias? )(?:de|en) la semana'), (_m, now) => ({ period: weekPeriod(now) })],
];
