import type { DateFormat, DateOrder, ParsedDateTime } from '../types';
import { daysInMonth } from './calendar';
import { lexDateText } from './date-lexer';
import { type DateTokens, emptyDateTokens } from './date-tokens';
import { parseExcelSerial } from './excel-serial';

/**
 * Parses one cell as a date-time written in `format`. Patterns accept '/', '-' or '.' between
 * the date fields, two- or four-digit years, an optional time (H:MM, HH:MM:SS, fractions,
 * AM/PM or 'p. m.') and an optional zone (Z, ±hh:mm). A four-digit first field is read as
 * year-month-day whatever the column's order, since it cannot mean anything else. Excel
 * columns also accept text dates, as sheets often mix both.
 */
export function parseDateTime(text: string, format: DateFormat): ParsedDateTime | null {
  if (format.kind === 'excel') {
    const serial = parseExcelSerial(text);
    if (serial !== null) return serial;
  }
  if (!lexDateText(text, tokens)) return null;
  return resolveDateTokens(tokens, format.kind === 'iso' ? 'ymd' : format.order);
}

const tokens = emptyDateTokens();

/** Two-digit years: 00-69 → 2000-2069, 70-99 → 1970-1999. */
export function expandTwoDigitYear(year: number): number {
  return year <= 69 ? 2000 + year : 1900 + year;
}

/** The calendar-valid date-time the tokens mean under `order`, or null. */
export function resolveDateTokens(t: DateTokens, order: DateOrder): ParsedDateTime | null {
  let year: number;
  let month: number;
  let day: number;
  let yearDigits: number;
  if (t.firstDigits === 4 || order === 'ymd') {
    if (t.thirdDigits > 2) return null;
    year = t.first;
    yearDigits = t.firstDigits;
    month = t.second;
    day = t.third;
  } else {
    if (t.firstDigits > 2) return null;
    year = t.third;
    yearDigits = t.thirdDigits;
    month = order === 'mdy' ? t.first : t.second;
    day = order === 'mdy' ? t.second : t.first;
  }
  if (yearDigits === 2) year = expandTwoDigitYear(year);
  else if (yearDigits !== 4) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = resolveHour(t);
  if (hour < 0 || t.minute > 59 || t.seconds > 59) return null;
  return {
    year,
    month,
    day,
    hour,
    minute: t.minute,
    second: t.seconds,
    millisecond: t.millisecond,
    offsetMinutes: t.hasOffset ? t.offsetMinutes : null,
  };
}

/** 24-hour clock hour, or -1 when invalid ('24:00', '13 PM', '0 PM'). */
function resolveHour(t: DateTokens): number {
  const hour = t.hour;
  if (t.meridiem === 0) return hour <= 23 ? hour : -1;
  if (hour > 12) return -1;
  if (t.meridiem === 1) return hour === 12 ? 0 : hour;
  if (hour === 0) return -1;
  return hour === 12 ? 12 : hour + 12;
}
