import type { DateFormat, DateOrder } from '../types';
import { lexDateText } from './date-lexer';
import { resolveDateTokens } from './date-parse';
import { DateShapeCounts, dateShapeOf, describeDatePattern } from './date-pattern-label';
import { type DateTokens, emptyDateTokens } from './date-tokens';
import { parseExcelSerial } from './excel-serial';
import { isBlank } from './spaces';

export interface DateProfile {
  format: DateFormat | null;
  /** Share of non-empty values that parse under `format`. */
  dateShare: number;
  /** Non-empty values seen. */
  values: number;
  /** Values only one order can read: day > 12 first (dmy), second (mdy), or a year first (ymd). */
  evidence: { dmy: number; mdy: number; ymd: number };
}

export interface DateProfilerOptions {
  /**
   * Count bare numbers such as '45938.7875' as Excel serial days. Off by default: in a CSV an
   * amount column (25.000-60.000 CLP) looks exactly like a column of 2000s serials, so only
   * sources known to hold spreadsheet cells (XLSX) should turn it on.
   */
  excelSerials?: boolean;
}

const ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

const VALID_DMY = 1;
const VALID_MDY = 2;
const VALID_YMD = 4;

/**
 * What one non-blank value tells a DateProfiler, measured once (`measureDate`) so a column that
 * repeats a value can count it again without re-reading it.
 */
export interface DateReading {
  /** Orders under which the value is a valid date: bits dmy 1, mdy 2, ymd 4. */
  valid: number;
  /** The order only this value's reading allows, if any. */
  evidence: DateOrder | null;
  /** dateShapeOf() of the lexed text (meaningful when `valid` is not 0). */
  shape: number;
  /** Not date-shaped text that reads as an Excel serial (only when serials are counted). */
  serial: boolean;
}

/** The reading of one value (not blank: callers skip those). */
export function measureDate(text: string, tokens: DateTokens, excelSerials: boolean): DateReading {
  const reading: DateReading = { valid: 0, evidence: null, shape: 0, serial: false };
  measureDateInto(text, tokens, excelSerials, reading);
  return reading;
}

/** measureDate() written into `reading` (every field set); lexes into `tokens`. */
export function measureDateInto(
  text: string,
  tokens: DateTokens,
  excelSerials: boolean,
  reading: DateReading,
): void {
  const t = tokens;
  reading.valid = 0;
  reading.evidence = null;
  reading.shape = 0;
  reading.serial = false;
  if (!lexDateText(text, t)) {
    reading.serial = excelSerials && parseExcelSerial(text) !== null;
    return;
  }
  const dmy = resolveDateTokens(t, 'dmy') !== null;
  const mdy = resolveDateTokens(t, 'mdy') !== null;
  const ymd = resolveDateTokens(t, 'ymd') !== null;
  const valid = (dmy ? VALID_DMY : 0) | (mdy ? VALID_MDY : 0) | (ymd ? VALID_YMD : 0);
  if (valid === 0) return;
  reading.valid = valid;
  if (t.firstDigits === 4) reading.evidence = 'ymd';
  else if (dmy && !mdy) reading.evidence = 'dmy';
  else if (mdy && !dmy) reading.evidence = 'mdy';
  else if (ymd && !dmy && !mdy) reading.evidence = 'ymd';
  reading.shape = dateShapeOf(t);
}

/**
 * Decides a date column's field order from ALL its values in O(1) memory. Each value is lexed
 * once and checked under the three orders; the order that reads the most values wins (so with
 * conflicting evidence the majority wins and the rest become rejections), then the one with
 * more evidence, then dmy, the Chilean default.
 */
export class DateProfiler {
  private values = 0;
  private readonly valid = { dmy: 0, mdy: 0, ymd: 0 };
  private readonly evidence = { dmy: 0, mdy: 0, ymd: 0 };
  private serials = 0;
  private readonly shapes = new DateShapeCounts();
  private readonly tokens = emptyDateTokens();
  private readonly excelSerials: boolean;

  constructor(options: DateProfilerOptions = {}) {
    this.excelSerials = options.excelSerials ?? false;
  }

  add(text: string): void {
    if (isBlank(text)) return;
    this.addReading(measureDate(text, this.tokens, this.excelSerials), 1);
  }

  /** Counts a value `times` over from its reading (as many add() calls of it would). */
  addReading(reading: DateReading, times: number): void {
    this.values += times;
    if (reading.serial) this.serials += times;
    const valid = reading.valid;
    if (valid === 0) return;
    if ((valid & VALID_DMY) !== 0) this.valid.dmy += times;
    if ((valid & VALID_MDY) !== 0) this.valid.mdy += times;
    if ((valid & VALID_YMD) !== 0) this.valid.ymd += times;
    if (reading.evidence !== null) this.evidence[reading.evidence] += times;
    this.shapes.recordShape(reading.shape, times);
  }

  result(): DateProfile {
    const values = this.values;
    const evidence = { ...this.evidence };
    const order = this.bestOrder();
    const readable = this.valid[order];
    if (values === 0 || (readable === 0 && this.serials === 0)) {
      return { format: null, dateShare: 0, values, evidence };
    }
    if (this.serials > readable) {
      const format: DateFormat = { kind: 'excel', order, pattern: 'serial de Excel' };
      return { format, dateShare: (this.serials + readable) / values, values, evidence };
    }
    const label = describeDatePattern(this.shapes, order);
    const format: DateFormat = { kind: label.iso ? 'iso' : 'pattern', order, pattern: label.pattern };
    return { format, dateShare: readable / values, values, evidence };
  }

  private bestOrder(): DateOrder {
    let best: DateOrder = 'dmy';
    for (const order of ORDERS) {
      const byValid = this.valid[order] - this.valid[best];
      if (byValid > 0 || (byValid === 0 && this.evidence[order] > this.evidence[best])) best = order;
    }
    return best;
  }
}
