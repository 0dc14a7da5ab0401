import type { NumberFormat } from '../types';
import { CURRENCY_TOKENS, currencyTokenEndingAt, currencyTokenStartingAt } from './currency-tokens';
import { parseNumber } from './number-parse';
import { isBlank, isSpaceCode } from './spaces';

export interface NumberProfile {
  /** Formats under which every (≤ 0.5% failures) non-empty value parses, best first. */
  candidates: NumberFormat[];
  format: NumberFormat | null;
  /** True when two candidates read some value as different numbers ('1.088': 1088 or 1.088). */
  ambiguous: boolean;
  /** Share of non-empty values that parse under `format` (under the best format when null). */
  numericShare: number;
  /** Non-empty values seen. */
  values: number;
}

/** Failures a candidate may have (they become row rejections) before it stops being one. */
export const NUMBER_FAILURE_TOLERANCE = 0.005;

/**
 * Separator pairs tried on every column, in order of preference when the values cannot tell
 * them apart: Chilean (decimal ',') first, and the ungrouped variant before the grouped one,
 * because when both parse every value the column simply never grouped digits.
 */
const SEPARATOR_CANDIDATES: readonly NumberFormat[] = [
  { decimal: ',', thousands: '', currency: null, percent: false },
  { decimal: ',', thousands: '.', currency: null, percent: false },
  { decimal: '.', thousands: '', currency: null, percent: false },
  { decimal: '.', thousands: ',', currency: null, percent: false },
  { decimal: '.', thousands: "'", currency: null, percent: false },
];
const CANDIDATE_COUNT = SEPARATOR_CANDIDATES.length;
const PLAIN = SEPARATOR_CANDIDATES[2] as NumberFormat;

/**
 * What one non-blank value tells a NumberProfiler, measured once (`measureNumber`) so a column
 * that repeats a value can count it again without re-reading it.
 */
export interface NumberReading {
  /** Bit i set when candidate i cannot read the value. */
  failures: number;
  /** Bit i*CANDIDATE_COUNT+j set when candidates i and j read the value as different numbers. */
  disagreements: number;
  /** Index in CURRENCY_TOKENS of the value's currency sign, -1 without one (or unread). */
  currency: number;
  /** A read value written with '%'. */
  percent: boolean;
}

const ALL_CANDIDATES_FAIL = (1 << SEPARATOR_CANDIDATES.length) - 1;
const scratch = new Array<number | null>(SEPARATOR_CANDIDATES.length).fill(null);

/** The reading of one value (not blank: callers skip those). */
export function measureNumber(text: string): NumberReading {
  const reading: NumberReading = { failures: 0, disagreements: 0, currency: -1, percent: false };
  measureNumberInto(text, reading);
  return reading;
}

/** measureNumber() written into `reading` (every field set). */
export function measureNumberInto(text: string, reading: NumberReading): void {
  reading.failures = 0;
  reading.disagreements = 0;
  reading.currency = -1;
  reading.percent = false;
  const separators = separatorMask(text);
  if (separators === 0) {
    // Without '.', ',' or "'" every candidate reads the text the same way: parse once.
    if (parseNumber(text, PLAIN) === null) {
      reading.failures = ALL_CANDIDATES_FAIL;
      return;
    }
  } else if (!measureSeparated(text, separators, reading)) {
    return;
  }
  measureDecorations(text, reading);
}

/**
 * Reads a value with separators under every candidate; false when none could. Candidates
 * that accept all the separators present and share the decimal char read the same number
 * (only that decimal char can be in the text), so at most two real parses are needed.
 */
function measureSeparated(text: string, separators: number, reading: NumberReading): boolean {
  const parsed = scratch;
  let anyParsed = false;
  let dotDecimal: number | null | undefined;
  let commaDecimal: number | null | undefined;
  let failures = 0;
  for (let i = 0; i < CANDIDATE_COUNT; i++) {
    const format = SEPARATOR_CANDIDATES[i] as NumberFormat;
    let value: number | null = null;
    if ((separators & ~(ACCEPTED_SEPARATORS[i] as number)) === 0) {
      if (format.decimal === '.') {
        if (dotDecimal === undefined) dotDecimal = parseNumber(text, format);
        value = dotDecimal;
      } else {
        if (commaDecimal === undefined) commaDecimal = parseNumber(text, format);
        value = commaDecimal;
      }
    }
    parsed[i] = value;
    if (value === null) failures |= 1 << i;
    else anyParsed = true;
  }
  let disagreements = 0;
  for (let i = 0; i < CANDIDATE_COUNT; i++) {
    const a = parsed[i];
    if (a === null || a === undefined) continue;
    for (let j = i + 1; j < CANDIDATE_COUNT; j++) {
      const b = parsed[j];
      if (b !== null && b !== undefined && a !== b) disagreements |= 1 << (i * CANDIDATE_COUNT + j);
    }
  }
  reading.failures = failures;
  reading.disagreements = disagreements;
  return anyParsed;
}

/** Currency sign and '%' of a value that parsed, found at its first/last non-space chars. */
function measureDecorations(text: string, reading: NumberReading): void {
  let start = 0;
  let end = text.length;
  while (start < end && isDecorationNoise(text.charCodeAt(start))) start++;
  while (end > start && isDecorationNoise(text.charCodeAt(end - 1))) end--;
  if (end > start && text.charCodeAt(end - 1) === PERCENT) {
    reading.percent = true;
    end--;
    while (end > start && isDecorationNoise(text.charCodeAt(end - 1))) end--;
  }
  let token = currencyTokenStartingAt(text, start, end);
  if (token < 0) token = currencyTokenEndingAt(text, start, end);
  reading.currency = token;
}

/**
 * Decides how a numeric column writes its numbers from ALL its values, in O(1) memory: per
 * candidate format it counts failures, and per pair of candidates it remembers whether they
 * ever read a value differently.
 */
export class NumberProfiler {
  private values = 0;
  private readonly failures = new Uint32Array(CANDIDATE_COUNT);
  /** Bit i*CANDIDATE_COUNT+j set when candidates i and j disagreed on some value. */
  private disagreements = 0;
  private readonly currencyCounts = new Uint32Array(CURRENCY_TOKENS.length);
  private percentCount = 0;

  add(text: string): void {
    if (isBlank(text)) return;
    this.addReading(measureNumber(text), 1);
  }

  /** Counts a value `times` over from its reading (as many add() calls of it would). */
  addReading(reading: NumberReading, times: number): void {
    this.values += times;
    const failures = reading.failures;
    if (failures !== 0) {
      for (let i = 0; i < CANDIDATE_COUNT; i++) {
        if ((failures & (1 << i)) !== 0) this.failures[i] = (this.failures[i] as number) + times;
      }
    }
    this.disagreements |= reading.disagreements;
    if (reading.percent) this.percentCount += times;
    if (reading.currency >= 0) {
      this.currencyCounts[reading.currency] = (this.currencyCounts[reading.currency] as number) + times;
    }
  }

  result(): NumberProfile {
    const values = this.values;
    if (values === 0) return { candidates: [], format: null, ambiguous: false, numericShare: 0, values };
    const allowed = Math.floor(values * NUMBER_FAILURE_TOLERANCE);
    const order = [...SEPARATOR_CANDIDATES.keys()].sort(
      (a, b) => (this.failures[a] as number) - (this.failures[b] as number) || a - b,
    );
    const kept = order.filter((index) => (this.failures[index] as number) <= allowed);
    const currency = this.dominantCurrency();
    const percent = this.percentCount * 2 > values;
    const candidates = kept.map((index) => ({
      ...(SEPARATOR_CANDIDATES[index] as NumberFormat),
      currency,
      percent,
    }));
    let ambiguous = false;
    for (const a of kept) for (const b of kept) if (this.disagreed(a, b)) ambiguous = true;
    const best = order[0] as number;
    return {
      candidates,
      format: candidates[0] ?? null,
      ambiguous,
      numericShare: (values - (this.failures[best] as number)) / values,
      values,
    };
  }

  private disagreed(a: number, b: number): boolean {
    const [low, high] = a < b ? [a, b] : [b, a];
    return (this.disagreements & (1 << (low * CANDIDATE_COUNT + high))) !== 0;
  }

  private dominantCurrency(): string | null {
    let best = -1;
    let bestCount = 0;
    this.currencyCounts.forEach((count, index) => {
      if (count > bestCount) {
        best = index;
        bestCount = count;
      }
    });
    return best < 0 ? null : (CURRENCY_TOKENS[best] as string);
  }
}

const PERCENT = 37;

/** Signs and parentheses sit outside the currency sign ('-$ 1.000', '($1.000)'). */
function isDecorationNoise(code: number): boolean {
  return isSpaceCode(code) || code === 45 || code === 43 || code === 40 || code === 41 || code === 0x2212;
}

const DOT_BIT = 1;
const COMMA_BIT = 2;
const APOSTROPHE_BIT = 4;

function separatorBit(char: string): number {
  if (char === '.') return DOT_BIT;
  if (char === ',') return COMMA_BIT;
  return char === "'" ? APOSTROPHE_BIT : 0;
}

/** Which of '.', ',' and "'" each candidate can read. */
const ACCEPTED_SEPARATORS: readonly number[] = SEPARATOR_CANDIDATES.map(
  (format) => separatorBit(format.decimal) | separatorBit(format.thousands),
);

function separatorMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46) mask |= DOT_BIT;
    else if (code === 44) mask |= COMMA_BIT;
    else if (code === 39) mask |= APOSTROPHE_BIT;
  }
  return mask;
}
