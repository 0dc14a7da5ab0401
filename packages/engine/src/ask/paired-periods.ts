import { monthPeriod, quarterPeriod, range, weekPeriod, yearMonth, yearPeriod } from './calendar';
import { MONTH, shiftMonths, shiftQuarters } from './colloquial-periods';
import { MONTHS } from './month-names';
import { bounded, type PeriodRule } from './period-rule';

/*
 * Periods named by leaning on the one before them: "el primer trimestre vs el segundo", "el
 * primer semestre del 2024 vs el del 2025", "el año pasado vs este", "q1 through q3", and the
 * last finished quarter. periods.ts runs them before the colloquial rules, while the unit they
 * lean on ("trimestre", "semestre", a month) is still in the text.
 */

const ORDINAL_WORDS = ['primero', 'segundo', 'tercero', 'cuarto', 'first', 'second', 'third', 'fourth'];

export const PAIRED_RULES: PeriodRule[] = [
  // "el primer trimestre vs el segundo": a bare ordinal after a quarter is another quarter.
  [
    bounded(
      `(?<=(?:trimestre|quarter) .*)(?:vs|versus|contra|con|y|and|compared to|comparado con|respecto al?) (?:el |the )?(primero|segundo|tercero|cuarto|first|second|third|fourth)(?! (?:trimestre|quarter|semestre|half|semana|week|mes|month))`,
    ),
    (m, now) => {
      const quarter = ORDINAL_WORDS.indexOf(m[1] as string) % 4;
      const [y, month] = yearMonth(now);
      return { period: quarterPeriod(quarter < Math.ceil(month / 3) ? y : y - 1, quarter + 1) };
    },
  ],
  // "el primer semestre comparado con el segundo": a bare ordinal after a half is the other half.
  [
    bounded(
      `(?<=(?:semestre|half) .*)(?:vs|versus|contra|con|y|and|compared to|comparado con|respecto al?) (?:el |the )?(primero|segundo|first|second)(?! (?:trimestre|quarter|semestre|half|semana|week|mes|month))`,
    ),
    (m, now) => {
      const first = m[1] === 'primero' || m[1] === 'first';
      const year = yearMonth(now)[0];
      return {
        period: range(`${year}-${first ? '01-01' : '07-01'}`, `${year}-${first ? '06-30' : '12-31'}`),
      };
    },
  ],
  // "q1 through q3", "del q1 al q3": the quarters between, as one run of days.
  [
    bounded(
      '(?:de |del |desde |from )?(?:el )?q ([1-4]) (?:a|al|hasta|to|through|until|-) (?:el )?q ([1-4])(?: (?:de |del |of )?(20\\d{2}))?',
    ),
    (m, now) => {
      const [y, month] = yearMonth(now);
      const last = Number(m[2]);
      const year = m[3] ? Number(m[3]) : last <= Math.ceil(month / 3) ? y : y - 1;
      return { period: range(quarterPeriod(year, Number(m[1])).from, quarterPeriod(year, last).to) };
    },
  ],
  // "el primer semestre del 2024 vs el del 2025", "octubre 2024 vs el de 2025": the same span, another year.
  [
    bounded(
      `(?<=(?:(primer|segundo|first|second) (?:semestre|half)|${MONTH})(?: (?:de |del |of )?20\\d{2})? .*)(?:vs|versus|contra|y|and|compared to|comparado con|con) (?:el |la |the )?(?:de |del |of )?(20\\d{2})(?! [a-z])`,
    ),
    (m) => {
      const year = Number(m[3]);
      if (m[2]) return { period: monthPeriod(year, MONTHS[m[2]] as number) };
      const first = /^(primer|first)$/.test(m[1] as string);
      return {
        period: range(`${year}-${first ? '01-01' : '07-01'}`, `${year}-${first ? '06-30' : '12-31'}`),
      };
    },
  ],
  // "el año pasado vs este": a bare "este" after a past period is the current one of its kind.
  [
    bounded(
      '(?<=(ano|mes|trimestre|semana) (?:pasad[oa]|anterior) )(?:vs|versus|contra|y|con|comparad[oa] con) (?:el |la )?(?:de )?(?:este|esta)(?! [a-z])',
    ),
    (m, now) => {
      const unit = m[1] as string;
      if (unit === 'ano') return { period: yearPeriod(yearMonth(now)[0]) };
      if (unit === 'mes') return { period: shiftMonths(now, 0) };
      if (unit === 'trimestre') return { period: shiftQuarters(now, 0) };
      return { period: weekPeriod(now) };
    },
  ],
  // "el último trimestre": the last one finished.
  [bounded('(?:el )?ultimo trimestre(?! (?:de|del) )'), (_m, now) => ({ period: shiftQuarters(now, -1) })],
  // "el último trimestre de 2024", "the last quarter of 2024": the fourth of that year.
  [
    bounded('(?:el )?ultimo trimestre (?:de|del) (?:ano )?(20\\d{2})|(?:the )?last quarter of (20\\d{2})'),
    (m) => ({ period: quarterPeriod(Number(m[1] ?? m[2]), 4) }),
  ],
];
