import type { ColumnType } from '../types';
import {
  type DateProfile,
  DateProfiler,
  type DateReading,
  measureDateInto,
  measureNumberInto,
  type NumberProfile,
  NumberProfiler,
  type NumberReading,
} from '../values';
import { emptyDateTokens } from '../values/date-tokens';
import { type DecimalReadings, lastDigitUnit } from './arithmetic-evidence';
import { DateSpan, measureSpanInto, type SpanReading } from './date-span';
import { DecimalTally, readAs } from './decimal-readings';
import { TextTable } from './text-table';

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
 * Everything the profilers learn from one distinct non-blank value, measured once, in one
 * object (each reading's fields side by side). Columns repeat their values (a branch, a price, a
 * document type, the same date on the lines of one sale), so most cells only add to `count`.
 */
export interface ValueFacts extends NumberReading, DateReading, SpanReading, DecimalReadings {
  /** The SpanReading fields are filled only when DateSpan asks (it stops watching non-dates). */
  spanMeasured: boolean;
  /** Remembered: occurrences are counted and handed over later. Otherwise added at once. */
  deferred: boolean;
  /** Occurrences not yet added to the column's profilers. */
  count: number;
}

function emptyFacts(deferred: boolean): ValueFacts {
  return {
    failures: 0,
    disagreements: 0,
    currency: -1,
    percent: false,
    valid: 0,
    evidence: null,
    shape: 0,
    serial: false,
    date: false,
    dmyDay: Number.NaN,
    mdyDay: Number.NaN,
    spanMeasured: false,
    point: Number.NaN,
    comma: Number.NaN,
    pointUnit: 1,
    commaUnit: 1,
    percentSign: false,
    deferred,
    count: 0,
  };
}

/**
 * Distinct values remembered per column before the counts are handed to the profilers and the
 * memory starts over. Bounds memory whatever the file; a column with more distinct values just
 * measures some of them more than once.
 */
const REMEMBERED_VALUES = 4_096;
/**
 * A column whose values mostly repeated when its memory filled gets one twice as large, up to
 * this (a few MB): amount columns (tens of thousands of distinct totals, each seen dozens of
 * times) are then measured far less often than once per refill. Not larger: an import profiles
 * the file while its features accumulate (`read-upload.ts`), and 32,768 cost ~12 MB of the
 * worker's peak for ~0.2 s on the 1M-line export.
 */
const MAX_REMEMBERED_VALUES = 16_384;
/**
 * When more than half the values a column looked up were new when its memory filled, its
 * values rarely repeat (document numbers, timestamps): the next this many new values are
 * measured into reusable objects and added at once, not remembered.
 */
const UNREMEMBERED_VALUES = 65_536;
/** Longer cells (free text, mostly) are measured each time: they rarely repeat. */
const MAX_REMEMBERED_LENGTH = 64;
/**
 * Substrings this short are copies in V8; longer cells are slices of the text chunk they came
 * from, and remembering a slice would keep the whole chunk alive.
 */
const MAX_COPIED_SUBSTRING_LENGTH = 12;

/**
 * A key that holds only its own characters: prepending a character makes a cons string, and
 * slicing it flattens that into a fresh string of length + 1 first.
 */
function detached(text: string): string {
  return text.length <= MAX_COPIED_SUBSTRING_LENGTH ? text : ` ${text}`.slice(1);
}

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
  private remembered = new TextTable<ValueFacts>(REMEMBERED_VALUES);
  /**
   * Facts whose counts the profilers have not received yet (the remembered ones among them):
   * the first `pendingCount`. The objects are reused after each flush, not reallocated: a
   * column of amounts fills this memory every few thousand lines.
   */
  private readonly pending: ValueFacts[] = [];
  private pendingCount = 0;
  private lastText = '';
  private lastFacts: ValueFacts | null = null;
  /** Since the memory last started over: values looked up in it, and those not found. */
  private lookups = 0;
  private misses = 0;
  private unrememberedLeft = 0;
  /** Reusable facts for values not remembered (a caller reads them before the next add()). */
  private readonly spare = emptyFacts(false);

  /**
   * `tallyDecimals`: count readings per decimal mark too (columns whose header names an amount);
   * their facts then carry the decimal readings ArithmeticEvidence needs.
   */
  constructor(readonly tallyDecimals = false) {}

  /** Adds one cell; returns its facts (valid until the next add()), or null for a blank cell. */
  add(text: string): ValueFacts | null {
    let facts = this.lastFacts;
    if (facts === null || text !== this.lastText) {
      if (isTrimBlank(text)) return null;
      if (this.unrememberedLeft > 0) {
        this.unrememberedLeft--;
        facts = this.measureOnce(text);
      } else {
        this.lookups++;
        facts = this.remembered.get(text) ?? this.measure(text);
      }
      this.lastText = text;
      this.lastFacts = facts;
    }
    this.nonEmpty++;
    if (facts.deferred) facts.count++;
    else this.addToProfilers(facts, 1);
    // DateSpan depends on the order of the values: it takes them one by one.
    if (!this.span.gaveUp) {
      if (!facts.spanMeasured) {
        measureSpanInto(text, facts);
        facts.spanMeasured = true;
      }
      this.span.addReading(facts);
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
    this.misses++;
    const limit = this.remembered.limit;
    if (this.pendingCount >= limit) {
      const repeating = this.misses * 2 <= this.lookups;
      if (!repeating) this.unrememberedLeft = UNREMEMBERED_VALUES;
      this.flush();
      if (repeating && limit < MAX_REMEMBERED_VALUES) this.remembered = new TextTable(limit * 2);
    }
    let facts = this.pending[this.pendingCount];
    if (facts === undefined) {
      facts = emptyFacts(true);
      this.pending.push(facts);
    }
    this.pendingCount++;
    this.fill(facts, text);
    if (text.length <= MAX_REMEMBERED_LENGTH) this.remembered.add(detached(text), facts);
    return facts;
  }

  private measureOnce(text: string): ValueFacts {
    this.fill(this.spare, text);
    return this.spare;
  }

  /** Measures `text` into `facts` (every reading field set; the span left to add()). */
  private fill(facts: ValueFacts, text: string): void {
    measureNumberInto(text, facts);
    measureDateInto(text, this.tokens, false, facts);
    facts.spanMeasured = false;
    facts.percentSign = text.includes('%');
    if (this.tallyDecimals) {
      facts.point = readAs(text, '.') ?? Number.NaN;
      facts.comma = readAs(text, ',') ?? Number.NaN;
      facts.pointUnit = lastDigitUnit(text, '.');
      facts.commaUnit = lastDigitUnit(text, ',');
    }
  }

  private addToProfilers(facts: ValueFacts, times: number): void {
    this.numbers.addReading(facts, times);
    this.dates.addReading(facts, times);
    if (this.tallyDecimals) this.tally.addReadings(facts.point, facts.comma, times);
  }

  /** Hands the pending counts to the profilers (their sums do not depend on the order). */
  private flush(): void {
    const pending = this.pending;
    for (let i = 0; i < this.pendingCount; i++) {
      const facts = pending[i] as ValueFacts;
      const times = facts.count;
      if (times === 0) continue;
      facts.count = 0;
      this.addToProfilers(facts, times);
    }
    this.pendingCount = 0;
    this.remembered.clear();
    this.lastFacts = null;
    this.lookups = 0;
    this.misses = 0;
  }
}

function columnType(nonEmpty: number, numbers: NumberProfile, dates: DateProfile): ColumnType {
  if (nonEmpty === 0) return 'empty';
  if (dates.format && dates.dateShare >= TYPE_SHARE && dates.dateShare >= numbers.numericShare) return 'date';
  if (numbers.numericShare >= TYPE_SHARE) return 'number';
  return 'text';
}
