import { words } from './lexicon';

/* Weekday and hour filters: "los sábados", "fines de semana", "entre las 9 y las 12", "en la tarde". */

const WEEKDAYS: readonly [number, RegExp][] = [
  [1, words('lunes|mondays?')],
  [2, words('martes|tuesdays?')],
  [3, words('miercoles|wednesdays?')],
  [4, words('jueves|thursdays?')],
  [5, words('viernes|fridays?')],
  [6, words('sabados?|saturdays?')],
  [7, words('domingos?|sundays?')],
];
const WEEKEND = words('fin(es)? de semana', 'weekends?');
const WORKDAYS = words(
  'dias habiles',
  'dias de semana',
  'entre semana',
  'dias laborales',
  // "top 3 weekdays" ranks the days of the week instead.
  '(?<!(top|best|worst|busiest|slowest|quietest) \\d+ )weekdays',
  'working days',
);

const DAY_NAMES =
  'lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DAY_SPAN = new RegExp(
  `(?:de|del|desde el|from) (${DAY_NAMES}) (?:a|al|hasta el|to|through|until) (${DAY_NAMES})(?![a-z])`,
);
const dayNumber = (name: string) => (DAY_NAMES.split('|').indexOf(name) % 7) + 1;

/** ISO weekdays named in the text, ascending; null when none. */
export function findWeekdays(text: string): number[] | null {
  const found = new Set<number>();
  // "de lunes a viernes", "from monday to saturday": every day of the span.
  const span = DAY_SPAN.exec(text);
  if (span) {
    const [first, last] = [dayNumber(span[1] as string), dayNumber(span[2] as string)];
    for (let day = first; day <= last; day++) found.add(day);
  }
  if (WEEKEND.test(text)) {
    found.add(6);
    found.add(7);
  }
  if (WORKDAYS.test(text)) for (const day of [1, 2, 3, 4, 5]) found.add(day);
  for (const [day, pattern] of WEEKDAYS) if (pattern.test(text)) found.add(day);
  return found.size === 0 ? null : [...found].sort((a, b) => a - b);
}

const DAY_SET =
  '(?:fin(?:es)? de semana|weekends?|dias habiles|dias de semana|entre semana|weekdays?|lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)';
// "de lunes a viernes vs el fin de semana": a span is one set of days.
const DAY_GROUP = `(?:(?:de|del|desde el|from) (?:${DAY_NAMES}) (?:a|al|hasta el|to|through|until) (?:${DAY_NAMES})|(?:los |las |el |la |on )?${DAY_SET})`;
const DAY_SETS = new RegExp(`(?<![a-z])${DAY_SET}(?![a-z])`, 'g');
const COMPARED_DAYS = new RegExp(
  `(?<![a-z])(${DAY_GROUP}) (?:vs|versus|contra|o|or|que|than|con|frente a|compared (?:to|with)|comparad[oa]s? con|respecto (?:a|de)) (${DAY_GROUP})(?![a-z])`,
);

/**
 * "fines de semana vs días de semana", "sábados o domingos": two sets of days side by side are
 * two queries, which one structured query cannot hold; the two are given back to choose from.
 */
export function comparedWeekdays(text: string): string[] | null {
  const match = COMPARED_DAYS.exec(text);
  if (match) return [(match[1] as string).trim(), (match[2] as string).trim()];
  // "compare saturday and sunday sales": a comparison verb with two sets of days anywhere.
  if (!/(?<![a-z])(compar[a-z]*|diferencia|difference)(?![a-z])/.test(text) || DAY_SPAN.test(text))
    return null;
  const groups = text.match(DAY_SETS);
  return groups && new Set(groups).size > 1 ? [...new Set(groups)] : null;
}

const HOUR_REF =
  '(?:(?:a )?las \\d{1,2}(?: ?(?:am|pm|hrs?|horas))?|\\d{1,2} ?(?:am|pm|hrs?|horas)|(?:la |en la |por la |durante la |the |in the |at |during the )?(?:manana|tarde|noche|madrugada|mornings?|afternoons?|evenings?|nights?))';
const COMPARED_HOURS = new RegExp(
  `(?<![a-z0-9])(${HOUR_REF}) (?:vs|versus|contra|o|or|frente a|compared (?:to|with)|comparad[oa]s? con) (${HOUR_REF})(?![a-z0-9])`,
);

/** "a las 10 vs a las 6", "mañana o tarde": two times of day side by side, as for days above. */
export function comparedHours(text: string): string[] | null {
  const match = COMPARED_HOURS.exec(text);
  return match ? [(match[1] as string).trim(), (match[2] as string).trim()] : null;
}

/**
 * The day parts of the whole product (packages/engine/src/features/time/day-part.ts): madrugada
 * 22:00–05:59 (past midnight), mañana 06:00–11:59, tarde 12:00–17:59, noche 18:00–21:59.
 */
const DAY_PARTS: readonly [{ from: number; to: number }, RegExp][] = [
  [
    { from: 22, to: 6 },
    words('(en|por|durante|de) (la|las) madrugadas?', 'de madrugada', 'early hours', 'overnight'),
  ],
  [{ from: 6, to: 12 }, words('(en|por|durante|de) (la|las) mananas?', 'mornings?', 'in the morning')],
  [
    { from: 12, to: 18 },
    words('(en|por|durante|de) (la|las) tardes?', 'de tarde', 'afternoons?', 'in the afternoon'),
  ],
  [
    { from: 18, to: 22 },
    words(
      '(en|por|durante|de) (la|las) noches?',
      'de noche',
      'evenings?',
      'nights?',
      'at night',
      'in the evening',
    ),
  ],
];

const to24 = (hour: number, suffix: string | undefined) =>
  suffix === 'pm' && hour < 12 ? hour + 12 : suffix === 'am' && hour === 12 ? 0 : hour;

/** Local hours [from, to) named in the text; null when none. */
export function findHours(question: string): { from: number; to: number } | null {
  // "las 7 de la tarde" is 19:00, "las 8 de la mañana" 08:00.
  const text = question
    .replace(/(\d{1,2}) (?:de la|en la|por la) (?:tarde|noche)/g, '$1 pm')
    .replace(/(\d{1,2}) (?:de la|en la|por la) manana/g, '$1 am')
    // "a mediodía", "at midday": the hour from 12:00.
    .replace(/(?:(?:a|al|en el|around|at) )?(?:mediodia|midday)/g, 'a las 12 pm');
  const between =
    /(?:entre|de|desde|between|from) (?:las |la )?(\d{1,2})(?: ?(am|pm|hrs?|horas))? (?:y|a|hasta|and|to|-) (?:las |la )?(\d{1,2})(?: ?(am|pm|hrs?|horas))?/.exec(
      text,
    );
  if (between) {
    const from = to24(Number(between[1]), between[2] ?? between[4]);
    let to = to24(Number(between[3]), between[4]);
    // "entre las 10 y las 2": shop hours run into the afternoon, so the 2 is 14:00.
    if (to <= from && to < 12 && !between[4]) to += 12;
    if (from < to && to <= 24) return { from, to };
  }
  const after =
    /(?:despues de las|desde las|a partir de las|after) (\d{1,2})(?: ?(am|pm|hrs?|horas))?(?![0-9])/.exec(
      text,
    );
  if (after) {
    const hour = to24(Number(after[1]), after[2]);
    if (hour <= 23) return { from: hour, to: 24 };
  }
  const before = /(?:antes de las|hasta las|before|until) (\d{1,2})(?: ?(am|pm|hrs?|horas))?(?![0-9])/.exec(
    text,
  );
  if (before) {
    const hour = to24(Number(before[1]), before[2]);
    if (hour >= 1 && hour <= 24) return { from: 0, to: hour };
  }
  const at = /(?:a las|at) (\d{1,2})(?: ?(am|pm|hrs?|horas))?(?![0-9])/.exec(text);
  if (at) {
    const hour = to24(Number(at[1]), at[2]);
    if (hour <= 23) return { from: hour, to: hour + 1 };
  }
  for (const [hours, pattern] of DAY_PARTS) if (pattern.test(text)) return { ...hours };
  return null;
}
