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
    this.total++;
    if (t.separator === 47) this.slash++;
    else if (t.separator === 45) this.dash++;
    else this.dot++;
    if (t.firstDigits === 4) this.yearFirst++;
    else if (t.thirdDigits === 2) this.lastTwoDigits++;
    if (t.hasTime) this.time++;
    if (t.hasSeconds) this.seconds++;
    if (t.fractionDigits > 0) this.fraction++;
    if (t.meridiem !== 0) this.meridiem++;
    if (t.isoT) this.isoT++;
    if (t.hasOffset) this.offset++;
    if (t.hasOffset && t.offsetMinutes === 0) this.utc++;
  }
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
