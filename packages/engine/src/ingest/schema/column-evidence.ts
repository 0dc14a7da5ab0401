import type { ColumnType } from '../types';
import {
  type DateProfile,
  DateProfiler,
  type DateReading,
  measureDate,
  measureNumber,
  type NumberProfile,
  NumberProfiler,
  type NumberReading,
} from '../values';
import { emptyDateTokens } from '../values/date-tokens';
import { lastDigitUnit } from './arithmetic-evidence';
import { DateSpan, measureSpan, type SpanReading } from './date-span';
import { DecimalTally, readAs } from './decimal-readings';

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

/**
 * Everything the profilers learn from one distinct non-blank value, measured once. Columns
 * repeat their values (a branch, a price, a document type, the same date on the lines of one
 * sale), so most cells only add to `count`.
 */
export interface ValueFacts {
  number: NumberReading;
  date: DateReading;
  /** Null until DateSpan asks (it stops watching columns that hold no dates). */
  span: SpanReading | null;
  /** The value under each decimal mark (readAs), NaN when unreadable; only for decimal columns. */
  point: number;
  comma: number;
  /** 10^-(digits after the mark) under each decimal mark (see ArithmeticEvidence). */
  pointUnit: number;
  commaUnit: number;
  /** The text holds a '%' (a percentage discount is not an amount). */
  percentSign: boolean;
  /** Occurrences not yet added to the column's profilers. */
  count: number;
}

/**
 * Distinct values remembered per column before the counts are handed to the profilers and the
 * memory starts over. Bounds memory whatever the file; a column with more distinct values just
 * measures some of them more than once.
 */
const MAX_REMEMBERED_VALUES = 16_384;
/**
 * Only short texts are remembered: longer cells are slices of the text chunk they came from
 * (V8 copies substrings under 13 characters) and a remembered slice would keep that chunk alive.
 * Numbers, codes and labels are short; a long value repeated on consecutive rows is still
 * recognized by the last-value check.
 */
const MAX_REMEMBERED_LENGTH = 12;

/** `text.trim() === ''`, without trimming ordinary text. */
function isTrimBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}

/** Everything the whole file says about one column, in O(1) memory. */
export class ColumnEvidence {
  private nonEmpty = 0;
  private readonly numbers = new NumberProfiler();
  private readonly dates = new DateProfiler();
  private readonly span = new DateSpan();
  private readonly tally = new DecimalTally();
  private readonly tokens = emptyDateTokens();
  private readonly remembered = new Map<string, ValueFacts>();
  /** Facts whose counts the profilers have not received yet (the remembered ones among them). */
  private pending: ValueFacts[] = [];
  private lastText = '';
  private lastFacts: ValueFacts | null = null;

  /**
   * `tallyDecimals`: count readings per decimal mark too (columns whose header names an amount);
   * their facts then carry the decimal readings ArithmeticEvidence needs.
   */
  constructor(readonly tallyDecimals = false) {}

  /** Adds one cell; returns its facts, or null for a blank cell. */
  add(text: string): ValueFacts | null {
    let facts = this.lastFacts;
    if (facts === null || text !== this.lastText) {
      if (isTrimBlank(text)) return null;
      facts = this.remembered.get(text) ?? this.measure(text);
      this.lastText = text;
      this.lastFacts = facts;
    }
    this.nonEmpty++;
    facts.count++;
    // DateSpan depends on the order of the values: it takes them one by one.
    if (!this.span.gaveUp) {
      facts.span ??= measureSpan(text);
      this.span.addReading(facts.span);
    }
    return facts;
  }

  profile(): ColumnProfile {
    this.flush();
    const numbers = this.numbers.result();
    const dates = this.dates.result();
    const profile = { nonEmpty: this.nonEmpty, numbers, dates, span: this.span, tally: this.tally };
    return { ...profile, type: columnType(this.nonEmpty, numbers, dates) };
  }

  private measure(text: string): ValueFacts {
    if (this.pending.length >= MAX_REMEMBERED_VALUES) this.flush();
    let point = Number.NaN;
    let comma = Number.NaN;
    let pointUnit = 1;
    let commaUnit = 1;
    if (this.tallyDecimals) {
      point = readAs(text, '.') ?? Number.NaN;
      comma = readAs(text, ',') ?? Number.NaN;
      pointUnit = lastDigitUnit(text, '.');
      commaUnit = lastDigitUnit(text, ',');
    }
    const facts: ValueFacts = {
      number: measureNumber(text),
      date: measureDate(text, this.tokens, false),
      span: null,
      point,
      comma,
      pointUnit,
      commaUnit,
      percentSign: text.includes('%'),
      count: 0,
    };
    this.pending.push(facts);
    if (text.length <= MAX_REMEMBERED_LENGTH) this.remembered.set(text, facts);
    return facts;
  }

  /** Hands the pending counts to the profilers (their sums do not depend on the order). */
  private flush(): void {
    for (const facts of this.pending) {
      const times = facts.count;
      if (times === 0) continue;
      facts.count = 0;
      this.numbers.addReading(facts.number, times);
      this.dates.addReading(facts.date, times);
      if (this.tallyDecimals) this.tally.addReadings(facts.point, facts.comma, times);
    }
    this.pending = [];
    this.remembered.clear();
    this.lastFacts = null;
  }
}

function columnType(nonEmpty: number, numbers: NumberProfile, dates: DateProfile): ColumnType {
  if (nonEmpty === 0) return 'empty';
  if (dates.format && dates.dateShare >= TYPE_SHARE && dates.dateShare >= numbers.numericShare) return 'date';
  if (numbers.numericShare >= TYPE_SHARE) return 'number';
  return 'text';
}
