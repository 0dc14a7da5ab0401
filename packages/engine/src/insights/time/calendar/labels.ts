import type { CalendarLabel } from '../anomalies/types';
import { commercialEvents } from './commercial-events';
import { civilOf } from './days';
import { chileanHolidays } from './holidays';

/**
 * Calendar labels of a day: its public holiday (kind 'HOLIDAY', with the holiday's code) and
 * its commercial events. Years are built once and cached (a few years per dataset).
 */
export interface DayLabels {
  holiday: boolean;
  event: boolean;
  labels: CalendarLabel[];
}

const NONE: DayLabels = Object.freeze({ holiday: false, event: false, labels: [] }) as DayLabels;
const years = new Map<number, Map<number, DayLabels>>();

function labelsOfYear(year: number): Map<number, DayLabels> {
  let found = years.get(year);
  if (found !== undefined) return found;
  found = new Map();
  const entry = (day: number) => {
    let labels = found?.get(day);
    if (labels === undefined) {
      labels = { holiday: false, event: false, labels: [] };
      found?.set(day, labels);
    }
    return labels;
  };
  for (const holiday of chileanHolidays(year)) {
    const labels = entry(holiday.day);
    labels.holiday = true;
    labels.labels.push({ kind: 'HOLIDAY', code: holiday.code, name: holiday.name });
  }
  for (const event of commercialEvents(year)) {
    const labels = entry(event.day);
    labels.event = true;
    labels.labels.push({ kind: event.code, code: event.code, name: event.name });
  }
  if (years.size > 200) years.clear(); // only absurd date ranges get here
  years.set(year, found);
  return found;
}

export function dayLabels(day: number): DayLabels {
  return labelsOfYear(civilOf(day).year).get(day) ?? NONE;
}

/** A holiday or commercial event: a day whose revenue is expected to differ. */
export const isSpecialDay = (day: number): boolean => dayLabels(day) !== NONE;
