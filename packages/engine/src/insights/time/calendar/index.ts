/** The Chilean calendar: public holidays and commercial events, computed for any year. */
export { type CommercialEvent, CYBERDAY_DATES, commercialEvents } from './commercial-events';
export { dateOf, dayIndex, parseDay, weekdayOfDay } from './days';
export { easterSunday } from './easter';
export { chileanHolidays, type Holiday, movedToMonday } from './holidays';
export { type DayLabels, dayLabels, isSpecialDay } from './labels';
