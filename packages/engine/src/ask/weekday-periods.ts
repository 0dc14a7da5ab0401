import { addDays, dayPeriod, range, weekdayOf, weekPeriod } from './calendar';
import { bounded, type PeriodRule, untilData } from './period-rule';

/*
 * Days named by their weekday: "el martes" (the last one before today), "el miércoles de la
 * semana pasada", "desde el lunes". Plurals ("los martes") are weekday filters, in clock-filters.ts.
 */

export const WEEKDAY: Record<string, number> = {
  lunes: 1,
  monday: 1,
  martes: 2,
  tuesday: 2,
  miercoles: 3,
  wednesday: 3,
  jueves: 4,
  thursday: 4,
  viernes: 5,
  friday: 5,
  sabado: 6,
  saturday: 6,
  domingo: 7,
  sunday: 7,
};

/** Days back from `now` to the last `target` weekday before it (a week when it is today's). */
const back = (now: string, target: number) => (weekdayOf(now) - target + 7) % 7 || 7;

export const WEEKDAY_RULES: PeriodRule[] = [
  // "el domingo 9": that day of this month (or of the last one when it has not come yet).
  [
    bounded(
      '(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) (\\d{1,2})(?! de| (?:am|pm|hrs?|horas))',
    ),
    (m, now) => {
      const day = `${now.slice(0, 8)}${String(m[1]).padStart(2, '0')}`;
      return {
        period: dayPeriod(
          day <= now ? day : `${addDays(`${now.slice(0, 8)}01`, -1).slice(0, 8)}${day.slice(8)}`,
        ),
      };
    },
  ],
  // "friday night": one night, the last Friday's; "friday nights" stays a weekday filter.
  [
    bounded(
      '(?:on |last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= (?:night|morning|afternoon|evening)(?![a-z]))',
    ),
    (m, now) => ({ period: dayPeriod(addDays(now, -back(now, WEEKDAY[m[1] as string] as number))) }),
  ],
  // "los últimos 3 domingos": the last three weeks; the weekday stays in the text as the filter.
  [
    bounded(
      '(?:los |las |the )?(?:ultim[oa]s|last|past) (\\d+)(?= (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?![a-z]))',
    ),
    (m, _now, through) => ({ period: range(addDays(through, 1 - 7 * Number(m[1])), through) }),
  ],
  // "entre el lunes y el miércoles", "between monday and wednesday": the last run of those days.
  [
    bounded(
      '(?:(?:entre el|del|desde el) (lunes|martes|miercoles|jueves|viernes|sabado|domingo) (?:y el|al|hasta el) (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|between (monday|tuesday|wednesday|thursday|friday|saturday|sunday) and (monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?: (de esta semana|de la semana pasada|this week|last week))?',
    ),
    (m, now) => {
      const first = WEEKDAY[(m[1] ?? m[3]) as string] as number;
      const last = WEEKDAY[(m[2] ?? m[4]) as string] as number;
      // "… de esta semana" / "de la semana pasada": the days of that week, not the last run.
      const week = m[5] ? weekPeriod(addDays(now, /pasada|last/.test(m[5]) ? -7 : 0)).from : null;
      const start = week ? addDays(week, first - 1) : addDays(now, -back(now, first));
      const end = addDays(start, (last - first + 7) % 7);
      return { period: range(start, end < now ? end : now) };
    },
  ],
  // "el sábado y el domingo", "saturday and sunday": one day each, so the run from one to the other.
  [
    bounded(
      // After "compara", two days side by side are two queries (refused in parse-question.ts).
      '(?<!compar[a-z]*(?: [a-z]+){0,3} )(?:(?:el )(lunes|martes|miercoles|jueves|viernes|sabado|domingo) y (?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?![a-z])|(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday) and (?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z]))',
    ),
    (m, now) => {
      const first = WEEKDAY[(m[1] ?? m[3]) as string] as number;
      const last = WEEKDAY[(m[2] ?? m[4]) as string] as number;
      const start = addDays(now, -back(now, first));
      const end = addDays(start, (last - first + 7) % 7);
      return { period: range(start, end < now ? end : now) };
    },
  ],
  // "el miércoles de la semana pasada": that day of last week, not the last one before today.
  [
    bounded(
      '(?:el )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo) de la semana (?:pasada|anterior)|(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:of )?last week',
    ),
    (m, now) => {
      const target = WEEKDAY[(m[1] ?? m[2]) as string] as number;
      return { period: dayPeriod(addDays(weekPeriod(addDays(now, -7)).from, target - 1)) };
    },
  ],
  // "desde el lunes", "since monday": from the last such day to the last day of data.
  [
    bounded(
      '(?:desde el|a partir del) (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    ),
    (m, now, through) => {
      const target = WEEKDAY[(m[1] ?? m[2]) as string] as number;
      return { period: untilData(addDays(now, -back(now, target)), now, through) };
    },
  ],
  [
    // "el martes", "del sábado", "on tuesday": the last one before today; plurals are weekday filters.
    bounded(
      '(?:el|del) (lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?! \\d)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:nights|mornings|afternoons|evenings))',
    ),
    (m, now) => {
      const target = WEEKDAY[(m[1] ?? m[2]) as string] as number;
      return { period: dayPeriod(addDays(now, -back(now, target))) };
    },
  ],
];
