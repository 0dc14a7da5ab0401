import type { AskPeriod } from '@ayni/contracts';
import { dateOf, dayIndex, nthWeekdayOfMonth, parseDay, weekdayOfDay } from '../insights/time/calendar/days';
import { easterSunday } from '../insights/time/calendar/easter';
import {
  chileanHolidays,
  evangelicalChurchesDay,
  movedToMonday,
  pueblosIndigenasDay,
} from '../insights/time/calendar/holidays';
import { dayPeriod, range, weekPeriod, yearMonth } from './calendar';
import { bounded, type PeriodRule } from './period-rule';

/*
 * Days that move every year, named by owners: Holy Week and its days (from Easter, computed),
 * Black Friday (the day after the fourth Thursday of November) and the holidays the law moves to
 * a Monday or Friday (from the holiday calendar). Each is the latest one
 * begun by today, as the holidays are (holiday-periods.ts). CyberDay is not here: its dates
 * are announced each year, not computed, so Ask asks for the days instead (lexicon-refusals.ts).
 */

const YEAR_WORDS = '(?: (?:del |de |of )?(20\\d{2})| (del ano pasado|last year))?';

/** `[names, the day given its year, a day or its ISO week]`. */
type MovableDay = [names: string, dayOf: (year: number) => string, kind: 'day' | 'week'];

const easterPlus = (offset: number) => (year: number) => dateOf(easterSunday(year) + offset);

/** Days moved by law to a Monday or a Friday, as the holiday calendar moves them. */
const moved = (month: number, day: number) => (year: number) =>
  dateOf(movedToMonday(dayIndex(year, month, day)));

const MOVABLE_DAYS: readonly MovableDay[] = [
  // Monday to Easter Sunday: the ISO week that holds it.
  ['semana santa|holy week|easter week', easterPlus(-6), 'week'],
  ['jueves santo|maundy thursday|holy thursday', easterPlus(-3), 'day'],
  ['viernes santo|good friday', easterPlus(-2), 'day'],
  ['sabado santo|holy saturday', easterPlus(-1), 'day'],
  // "Pascua" alone is Christmas in Chile ("el viejito pascuero"): only Easter's own names.
  [
    'domingo de resurreccion|domingo de pascua|pascua de resurreccion|easter sunday|easter(?! week)',
    easterPlus(0),
    'day',
  ],
  ['black friday', (year) => dateOf(nthWeekdayOfMonth(year, 11, 4, 4) + 1), 'day'],
  ['(?:dia de )?san pedro y san pablo', moved(6, 29), 'day'],
  ['(?:dia del )?encuentro de dos mundos|dia de la raza|columbus day', moved(10, 12), 'day'],
  [
    '(?:dia de los )?pueblos (?:indigenas|originarios)|we tripantu',
    (y) => dateOf(pueblosIndigenasDay(y)),
    'day',
  ],
  [
    '(?:dia de las )?iglesias evangelicas(?: y protestantes)?',
    (y) => dateOf(evangelicalChurchesDay(y)),
    'day',
  ],
];

/** A day off: Saturday, Sunday or a national holiday. */
function daysOff(years: number[]): (day: number) => boolean {
  const holidays = new Set(years.flatMap((year) => chileanHolidays(year).map((h) => h.day)));
  return (day) => weekdayOfDay(day) >= 6 || holidays.has(day);
}

/**
 * The latest long weekend begun by `now`: three or more days off in a row (a weekend with a
 * holiday next to it), whole even when it runs past `now`. Null when none in the year before.
 */
export function latestLongWeekend(now: string): AskPeriod | null {
  const today = parseDay(now);
  if (today === null) return null;
  const [year] = yearMonth(now);
  const off = daysOff([year - 1, year, year + 1]);
  for (let first = today; first > today - 400; first--) {
    if (!off(first) || off(first - 1)) continue;
    let last = first;
    while (off(last + 1)) last++;
    if (last - first >= 2) return range(dateOf(first), dateOf(last));
  }
  return null;
}

const LONG_WEEKEND: PeriodRule = [
  bounded(
    '(?:el |del |un |the |last )?(?:ultimo )?fin de semana largo(?: (?:pasado|anterior))?|long weekend',
  ),
  (_m, now) => {
    const period = latestLongWeekend(now);
    return period ? { period } : {};
  },
];

export const MOVABLE_DAY_RULES: PeriodRule[] = [
  LONG_WEEKEND,
  ...MOVABLE_DAYS.map(
    ([names, dayOf, kind]): PeriodRule => [
      bounded(`(?:en |el |la |on |for )?(?:${names})${YEAR_WORDS}`),
      (m, now) => {
        const [thisYear] = yearMonth(now);
        const year = m[1] ? Number(m[1]) : m[2] || dayOf(thisYear) > now ? thisYear - 1 : thisYear;
        const of = (y: number) => (kind === 'week' ? weekPeriod(dayOf(y)) : dayPeriod(dayOf(y)));
        return { period: of(year), lastYear: of(year - 1) };
      },
    ],
  ),
];
