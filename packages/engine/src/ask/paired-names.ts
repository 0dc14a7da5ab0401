import type { AskDimension } from '@ayni/contracts';
import { findHours, findWeekdays } from './clock-filters';
import type { NamedPair } from './entity-filters';

/* How two things named side by side ("X vs Y", "¿sábados o domingos?") are read. */

/** Words that set two names side by side ("X vs Y", "comparado con"), growth words aside. */
export const PAIR_WORDS =
  /(?<![a-z])(?:vs|versus|contra|frente a|respecto (?:a|al|de|del)|comparad[oa]s?(?: con)?|compar(?:ar|a|o|e|ame)|compared (?:to|with)|diferencia|difference)(?![a-z])/g;

/** The breakdown two names of a kind stand for: "¿qué día vendo más, sábado o domingo?" asks no list. */
export const PAIRED_BY: Record<NamedPair['dimension'], AskDimension> = {
  product: 'product',
  category: 'category',
  location: 'location',
  weekdays: 'weekday',
  hours: 'hour',
};

/** Two sets of weekdays or two spans of hours as read from their words; null when either is unclear. */
export function clockPair([first, second]: string[]): NamedPair | null {
  const days = [first, second].map((words) => (words ? findWeekdays(words) : null));
  if (days[0] && days[1]) return { dimension: 'weekdays', first: days[0], second: days[1] };
  // "la noche vs la mañana": a time of day said without "en".
  const hours = [first, second].map((words) =>
    words ? (findHours(words) ?? findHours(`en ${words}`)) : null,
  );
  if (hours[0] && hours[1]) return { dimension: 'hours', first: hours[0], second: hours[1] };
  return null;
}
