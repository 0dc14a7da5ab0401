import type { NumberFormat } from '../types';
import { parseNumber } from '../values';

export type DecimalMark = '.' | ',';
export const DECIMAL_MARKS: readonly DecimalMark[] = ['.', ','];

/**
 * The two ways a Chilean export may write numbers: '1.234,5' (decimal comma) or '1,234.5'
 * (decimal point). Each parses the ungrouped forms too, so one parse per mark tells how a cell
 * reads under that convention.
 */
export const READING_FORMATS: Record<DecimalMark, NumberFormat> = {
  '.': { decimal: '.', thousands: ',', currency: null, percent: false },
  ',': { decimal: ',', thousands: '.', currency: null, percent: false },
};

export function readAs(text: string, mark: DecimalMark): number | null {
  return parseNumber(text, READING_FORMATS[mark]);
}

/**
 * How many values of a column parse under each decimal mark. NumberProfiler drops every format
 * past 0.5% failures; when a small file has a bad cell or two, this still tells which reading
 * fits the column, so those cells become line rejections instead of the whole column failing.
 */
export class DecimalTally {
  readonly parsed: Record<DecimalMark, number> = { '.': 0, ',': 0 };

  add(text: string): void {
    if (text.trim() === '') return;
    for (const mark of DECIMAL_MARKS) if (readAs(text, mark) !== null) this.parsed[mark]++;
  }

  /** Counts a value `times` over from its two readings (NaN: unreadable under that mark). */
  addReadings(point: number, comma: number, times: number): void {
    if (!Number.isNaN(point)) this.parsed['.'] += times;
    if (!Number.isNaN(comma)) this.parsed[','] += times;
  }

  /** The mark that reads more values; ties go to `preferred`. */
  best(preferred: DecimalMark): DecimalMark {
    const other: DecimalMark = preferred === '.' ? ',' : '.';
    return this.parsed[other] > this.parsed[preferred] ? other : preferred;
  }
}
