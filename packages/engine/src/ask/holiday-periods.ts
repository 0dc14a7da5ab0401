import { addDays, dayPeriod, range, weekdayOf, yearMonth } from './calendar';
import { bounded, type PeriodRule } from './colloquial-periods';

/*
 * Days owners name by their holiday, not their date: "nochebuena", "christmas eve", "año nuevo".
 * Each is the latest one by `data_through` (the one of last year until it has come).
 */
const HOLIDAYS: readonly [string, string, string?][] = [
  ['san valentin|dia de los enamorados|dia del amor|valentine s day|valentines day', '02-14'],
  ['dia del trabajo|dia del trabajador|dia de los trabajadores|labou?r day|may day', '05-01'],
  ['(?:dia de las )?glorias navales|navy day', '05-21'],
  ['(?:dia de la )?virgen del carmen', '07-16'],
  ['(?:dia de la )?asuncion de la virgen|dia de la asuncion|assumption day', '08-15'],
  // "para el 18" ("para el dieciocho"): in Chile, the national holidays.
  ['fiestas patrias|las fondas|(?<=para )el 18(?! de (?!septiembre))(?: de septiembre)?', '09-18', '09-19'],
  ['halloween|noche de brujas', '10-31'],
  ['(?:dia de )?todos los santos|all saints day', '11-01'],
  ['(?:dia de la )?inmaculada concepcion|dia de la inmaculada', '12-08'],
  ['nochebuena|noche buena|christmas eve', '12-24'],
  ['navidad|christmas(?: day)?', '12-25'],
  ['nochevieja|new year s eve|new years eve|new year eve', '12-31'],
  ['ano nuevo|new year s day|new years day', '01-01'],
];

export const HOLIDAY_RULES: PeriodRule[] = HOLIDAYS.map(([names, monthDay, lastDay]) => [
  bounded(`(?:en |el |on |for )?(?:${names})(?: (?:del |de |of )?(20\\d{2})| (del ano pasado|last year))?`),
  (m, now) => {
    const [y] = yearMonth(now);
    const year = m[1] ? Number(m[1]) : m[2] ? y - 1 : `${y}-${monthDay}` <= now ? y : y - 1;
    return {
      period: lastDay ? range(`${year}-${monthDay}`, `${year}-${lastDay}`) : dayPeriod(`${year}-${monthDay}`),
    };
  },
]);

/**
 * Days fixed as the nth Sunday of a month: "el día de la madre" (2nd of May), "del padre" (3rd of
 * June), "del niño" (2nd of August).
 */
const SUNDAYS: readonly [string, number, number][] = [
  ['dia de la madre|mothers? day', 5, 2],
  ['dia del padre|fathers? day', 6, 3],
  ['dia del nino|dia de los ninos|childrens? day', 8, 2],
];

const nthSunday = (year: number, month: number, nth: number) => {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((7 - weekdayOf(first)) % 7) + 7 * (nth - 1));
};

export const SUNDAY_HOLIDAY_RULES: PeriodRule[] = SUNDAYS.map(([names, month, nth]) => [
  bounded(`(?:en |el |on |for )?(?:${names})(?: (?:del |de |of )?(20\\d{2})| (del ano pasado|last year))?`),
  (m, now) => {
    const [y] = yearMonth(now);
    const year = m[1] ? Number(m[1]) : m[2] ? y - 1 : nthSunday(y, month, nth) <= now ? y : y - 1;
    return {
      period: dayPeriod(nthSunday(year, month, nth)),
      lastYear: dayPeriod(nthSunday(year - 1, month, nth)),
    };
  },
]);
