import type { ParsedDateTime } from '../types';
import { civilFromDays, MS_PER_DAY } from './calendar';

/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;
/** Excel's fictitious 1900-02-29, kept for compatibility with Lotus 1-2-3. */
const LOTUS_LEAP_DAY = 60;
/** Days from 1970-01-01 back to serial 0 for serials after the fictitious leap day (1899-12-30). */
const EPOCH_OFFSET_AFTER_LEAP_DAY = -25_569;

/**
 * Reads an Excel serial day number (1900 date system) such as '45938.7875' (2025-10-08 18:54).
 * Serials before 61 are one day off because Excel believes 1900 was a leap year; serial 60
 * (1900-02-29) never existed and is rejected.
 */
export function parseExcelSerial(text: string): ParsedDateTime | null {
  const serial = readPlainDecimal(text);
  if (serial === null || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const wholeDays = Math.floor(serial);
  if (wholeDays === LOTUS_LEAP_DAY) return null;
  // Rounded to the millisecond: '0.7875' is stored as 0.78749999…, not a real 18:53:59.999.
  let timeMs = Math.round((serial - wholeDays) * MS_PER_DAY);
  let days = wholeDays < LOTUS_LEAP_DAY ? wholeDays + 1 : wholeDays;
  if (timeMs >= MS_PER_DAY) {
    timeMs -= MS_PER_DAY;
    days++;
  }
  const date = civilFromDays(days + EPOCH_OFFSET_AFTER_LEAP_DAY);
  return {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(timeMs / 3_600_000),
    minute: Math.floor(timeMs / 60_000) % 60,
    second: Math.floor(timeMs / 1000) % 60,
    millisecond: timeMs % 1000,
    offsetMinutes: null,
  };
}

/**
 * Digits with an optional '.' or ',' fraction and surrounding spaces; null otherwise. Sheets
 * store serials with up to 17 significant digits ('45938.787499999999'), so the validated text
 * is handed to Number() rather than accumulated by hand.
 */
export function readPlainDecimal(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  let digits = 0;
  let comma = -1;
  let inFraction = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
    } else if ((code === 46 || code === 44) && !inFraction && digits > 0) {
      inFraction = true;
      if (code === 44) comma = i;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  const plain =
    comma < 0 ? text.slice(start, end) : `${text.slice(start, comma)}.${text.slice(comma + 1, end)}`;
  return Number(plain);
}
