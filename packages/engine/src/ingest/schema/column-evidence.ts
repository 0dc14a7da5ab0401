import type { ColumnType } from '../types';
import { type DateProfile, DateProfiler, type NumberProfile, NumberProfiler } from '../values';
import { DateSpan } from './date-span';
import { DecimalTally } from './decimal-readings';

/** A column is of a type when at least this share of its non-empty values reads as that type. */
export const TYPE_SHARE = 0.8;

export interface ColumnProfile {
  nonEmpty: number;
  numbers: NumberProfile;
  dates: DateProfile;
  span: DateSpan;
  tally: DecimalTally;
  type: ColumnType;
}

/** Everything the whole file says about one column, in O(1) memory. */
export class ColumnEvidence {
  private nonEmpty = 0;
  private readonly numbers = new NumberProfiler();
  private readonly dates = new DateProfiler();
  private readonly span = new DateSpan();
  private readonly tally = new DecimalTally();

  /** `tallyDecimals`: count readings per decimal mark too (columns whose header names an amount). */
  constructor(private readonly tallyDecimals = false) {}

  add(text: string): void {
    if (text.trim() === '') return;
    this.nonEmpty++;
    this.numbers.add(text);
    this.dates.add(text);
    this.span.add(text);
    if (this.tallyDecimals) this.tally.add(text);
  }

  profile(): ColumnProfile {
    const numbers = this.numbers.result();
    const dates = this.dates.result();
    const profile = { nonEmpty: this.nonEmpty, numbers, dates, span: this.span, tally: this.tally };
    return { ...profile, type: columnType(this.nonEmpty, numbers, dates) };
  }
}

function columnType(nonEmpty: number, numbers: NumberProfile, dates: DateProfile): ColumnType {
  if (nonEmpty === 0) return 'empty';
  if (dates.format && dates.dateShare >= TYPE_SHARE && dates.dateShare >= numbers.numericShare) return 'date';
  if (numbers.numericShare >= TYPE_SHARE) return 'number';
  return 'text';
}
