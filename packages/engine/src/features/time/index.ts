/** America/Santiago local calendar from UTC instants, and the calendar levels built on it. */
export { DAY_PART_OF_HOUR, DAY_PARTS, type DayPart, dayPartOf } from './day-part';
export {
  formatDate,
  isoWeekOf,
  isoWeekStart,
  isoWeeksInYear,
  type LocalClock,
  type LocalDay,
  localDay,
  localDayIndexOf,
  parseDate,
  readLocalClock,
  weekdayOf,
} from './local-day';
export { PERIOD_CALENDARS, PERIOD_LEVELS, type PeriodCalendar, type PeriodLevel } from './periods';
export { santiagoOffsetMs, santiagoTransitions } from './santiago-offsets';
