import type { DateOrder } from '../types';
import { daysFromCivil, daysInMonth } from '../values/calendar';
import { lexDateText } from '../values/date-lexer';
import { resolveDateTokens } from '../values/date-parse';
import { emptyDateTokens } from '../values/date-tokens';

type AmbiguousOrder = Extract<DateOrder, 'dmy' | 'mdy'>;

/** Values that are not dates before a column stops being watched. */
const GIVE_UP_AFTER = 100;
/** yyyy-mm-dd reads the same under any order. */
const YEAR_FIRST = /^\s*\d{4}/;
/** Date.UTC's reading of a year: 0-99 mean 1900-1999. */
const utcYear = (year: number) => (year >= 0 && year <= 99 ? 1900 + year : year);
/** Days in `month` (1-12) as `new Date(Date.UTC(year, month, 0)).getUTCDate()` counts them. */
const daysIn = (year: number, month: number) => daysInMonth(utcYear(year), month);
/** `Date.UTC(year, month - 1, day) / MS_PER_DAY` of a valid date, without a Date. */
const dayNumber = (year: number, month: number, day: number) => daysFromCivil(utcYear(year), month, day);

/**
 * What one non-blank value tells a DateSpan (`measureSpan`): the day it falls on under each
 * order (NaN when it is no date under that order), or that it is not a date at all.
 */
export interface SpanReading {
  date: boolean;
  dmyDay: number;
  mdyDay: number;
}

const tokens = emptyDateTokens();

/** The reading of one value (not blank: callers skip those). */
export function measureSpan(text: string): SpanReading {
  const reading: SpanReading = { date: false, dmyDay: Number.NaN, mdyDay: Number.NaN };
  measureSpanInto(text, reading);
  return reading;
}

/** measureSpan() written into `reading` (every field set). */
export function measureSpanInto(text: string, reading: SpanReading): void {
  reading.date = false;
  reading.dmyDay = Number.NaN;
  reading.mdyDay = Number.NaN;
  // parseDateTime(text, dd/mm/yyyy) and (text, mm/dd/yyyy), sharing one lexing.
  if (!lexDateText(text, tokens)) return;
  const dmy = resolveDateTokens(tokens, 'dmy');
  if (dmy) {
    reading.date = true;
    reading.dmyDay = dayNumber(dmy.year, dmy.month, dmy.day);
    if (YEAR_FIRST.test(text)) reading.mdyDay = reading.dmyDay;
    // Same text under mm/dd: day and month swap places (when that is a date at all).
    else if (dmy.day <= 12 && dmy.month <= daysIn(dmy.year, dmy.day)) {
      reading.mdyDay = dayNumber(dmy.year, dmy.day, dmy.month);
    }
    return;
  }
  const mdy = resolveDateTokens(tokens, 'mdy');
  if (mdy) {
    reading.date = true;
    reading.mdyDay = dayNumber(mdy.year, mdy.month, mdy.day);
  }
}

/**
 * The time span a date column covers under each day/month order. When no value has a day > 12
 * (so DateProfiler has no evidence), a sales export covering one week reads as Oct 1-7 under
 * mm/dd but as the 10th of seven different months under dd/mm: the reading that keeps the
 * dates together is the plausible one.
 */
export class DateSpan {
  private readonly min: Record<AmbiguousOrder, number> = { dmy: Infinity, mdy: Infinity };
  private readonly max: Record<AmbiguousOrder, number> = { dmy: -Infinity, mdy: -Infinity };
  private dates = 0;
  private others = 0;
  private stopped = false;

  /** True once the column showed it holds no dates: its values need not be measured any more. */
  get gaveUp(): boolean {
    return this.stopped;
  }

  add(text: string): void {
    if (this.stopped || text.trim() === '') return;
    this.addReading(measureSpan(text));
  }

  /** The next value of the column, from its reading (order matters: see GIVE_UP_AFTER). */
  addReading(reading: SpanReading): void {
    if (this.stopped) return;
    if (reading.date) {
      this.record('dmy', reading.dmyDay);
      this.record('mdy', reading.mdyDay);
      this.dates++;
      return;
    }
    // Not a date column: stop paying for it.
    if (++this.others > GIVE_UP_AFTER && this.others > this.dates) this.stopped = true;
  }

  private record(order: AmbiguousOrder, days: number): void {
    if (Number.isNaN(days)) return;
    if (days < this.min[order]) this.min[order] = days;
    if (days > this.max[order]) this.max[order] = days;
  }

  /** Days between the first and last date under `order`; Infinity when nothing parsed. */
  spanDays(order: AmbiguousOrder): number {
    const span = this.max[order] - this.min[order];
    return Number.isFinite(span) ? span : Infinity;
  }

  /** The order whose dates stay clearly closer together (4× tighter), or null when unclear. */
  tighterOrder(): AmbiguousOrder | null {
    const dmy = this.spanDays('dmy');
    const mdy = this.spanDays('mdy');
    if (!Number.isFinite(dmy) || !Number.isFinite(mdy)) return null;
    if (mdy * 4 + 1 <= dmy) return 'mdy';
    if (dmy * 4 + 1 <= mdy) return 'dmy';
    return null;
  }
}
