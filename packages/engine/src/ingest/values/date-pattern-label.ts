import type { DateOrder } from '../types';
import type { DateTokens } from './date-tokens';

/** How often each written feature appeared among a column's readable dates (O(1) memory). */
export class DateShapeCounts {
  total = 0;
  slash = 0;
  dash = 0;
  dot = 0;
  /** Four-digit first field (yyyy-mm-dd). */
  yearFirst = 0;
  /** Two-digit last field: a short year for dmy/mdy. */
  lastTwoDigits = 0;
  time = 0;
  seconds = 0;
  fraction = 0;
  meridiem = 0;
  isoT = 0;
  offset = 0;
  utc = 0;

  record(t: DateTokens): void {
    this.recordShape(dateShapeOf(t), 1);
  }

  /** Counts `times` dates of one shape (a `dateShapeOf` mask). */
  recordShape(shape: number, times: number): void {
    this.total += times;
    if ((shape & SHAPE_SLASH) !== 0) this.slash += times;
    else if ((shape & SHAPE_DASH) !== 0) this.dash += times;
    else this.dot += times;
    if ((shape & SHAPE_YEAR_FIRST) !== 0) this.yearFirst += times;
    if ((shape & SHAPE_LAST_TWO_DIGITS) !== 0) this.lastTwoDigits += times;
    if ((shape & SHAPE_TIME) !== 0) this.time += times;
    if ((shape & SHAPE_SECONDS) !== 0) this.seconds += times;
    if ((shape & SHAPE_FRACTION) !== 0) this.fraction += times;
    if ((shape & SHAPE_MERIDIEM) !== 0) this.meridiem += times;
    if ((shape & SHAPE_ISO_T) !== 0) this.isoT += times;
    if ((shape & SHAPE_OFFSET) !== 0) this.offset += times;
    if ((shape & SHAPE_UTC) !== 0) this.utc += times;
  }
}

const SHAPE_SLASH = 1;
const SHAPE_DASH = 2;
const SHAPE_YEAR_FIRST = 4;
const SHAPE_LAST_TWO_DIGITS = 8;
const SHAPE_TIME = 16;
const SHAPE_SECONDS = 32;
const SHAPE_FRACTION = 64;
const SHAPE_MERIDIEM = 128;
const SHAPE_ISO_T = 256;
const SHAPE_OFFSET = 512;
const SHAPE_UTC = 1024;

/** The written features of one lexed date as a bit mask, for DateShapeCounts.recordShape. */
export function dateShapeOf(t: DateTokens): number {
  let shape = 0;
  if (t.separator === 47) shape |= SHAPE_SLASH;
  else if (t.separator === 45) shape |= SHAPE_DASH;
  if (t.firstDigits === 4) shape |= SHAPE_YEAR_FIRST;
  else if (t.thirdDigits === 2) shape |= SHAPE_LAST_TWO_DIGITS;
  if (t.hasTime) shape |= SHAPE_TIME;
  if (t.hasSeconds) shape |= SHAPE_SECONDS;
  if (t.fractionDigits > 0) shape |= SHAPE_FRACTION;
  if (t.meridiem !== 0) shape |= SHAPE_MERIDIEM;
  if (t.isoT) shape |= SHAPE_ISO_T;
  if (t.hasOffset) shape |= SHAPE_OFFSET;
  if (t.hasOffset && t.offsetMinutes === 0) shape |= SHAPE_UTC;
  return shape;
}

/** A preview label such as 'dd-mm-yyyy HH:MM' from the majority features of the column. */
export function describeDatePattern(
  shapes: DateShapeCounts,
  order: DateOrder,
): { pattern: string; iso: boolean } {
  const most = (count: number) => count * 2 > shapes.total;
  const iso = order === 'ymd' && most(shapes.isoT);
  const separator = iso ? '-' : dominantSeparator(shapes);
  const shortYear = order === 'ymd' ? !most(shapes.yearFirst) : most(shapes.lastTwoDigits);
  const year = shortYear ? 'yy' : 'yyyy';
  const fields =
    order === 'dmy' ? ['dd', 'mm', year] : order === 'mdy' ? ['mm', 'dd', year] : [year, 'mm', 'dd'];
  let pattern = fields.join(separator);
  if (most(shapes.time)) {
    const twelveHour = most(shapes.meridiem);
    pattern += `${iso ? 'T' : ' '}${twelveHour ? 'hh' : 'HH'}:MM`;
    if (most(shapes.seconds)) pattern += ':SS';
    if (most(shapes.fraction)) pattern += '.fff';
    if (twelveHour) pattern += ' AM/PM';
    if (most(shapes.offset)) pattern += most(shapes.utc) ? 'Z' : '±hh:mm';
  }
  return { pattern, iso };
}

function dominantSeparator(shapes: DateShapeCounts): string {
  if (shapes.dash >= shapes.slash && shapes.dash >= shapes.dot) return '-';
  return shapes.slash >= shapes.dot ? '/' : '.';
}
