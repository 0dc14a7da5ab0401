import type { CanonicalField, ColumnDetection, LineIssue, NumberFormat, SourceRecord } from '../types';
import { parseDateTime, parseNumber, santiagoToUtc } from '../values';
import { lineIssues } from './line-issues';

/** For a column mapped to a numeric field whose values never told their format. */
const CHILEAN_NUMBERS: NumberFormat = { decimal: ',', thousands: '.', currency: null, percent: false };
const MS_PER_DAY = 86_400_000;

/** Reads the canonical fields of one record, collecting a rejection per unreadable cell. */
export class LineReader {
  readonly issues: LineIssue[] = [];
  private readonly line: number;

  constructor(
    private readonly record: SourceRecord,
    private readonly columns: ReadonlyMap<CanonicalField, ColumnDetection>,
  ) {
    this.line = record.line;
  }

  cell(field: CanonicalField): string {
    const column = this.columns.get(field);
    return column ? (this.record.cells[column.index] ?? '').trim() : '';
  }

  /** Trimmed text as written (ids keep their leading zeros), null when empty. */
  text(field: CanonicalField): string | null {
    const text = this.cell(field);
    return text === '' ? null : text;
  }

  requiredText(field: CanonicalField): string | null {
    const text = this.text(field);
    if (text === null) this.missing(field);
    return text;
  }

  /** The number in the cell, null when empty; an unreadable number rejects the line. */
  number(field: CanonicalField): number | null {
    const column = this.columns.get(field);
    const text = this.cell(field);
    if (!column || text === '') return null;
    const value = parseNumber(text, column.number ?? CHILEAN_NUMBERS);
    if (value === null) this.issues.push(lineIssues.invalidNumber(this.line, column.name, text));
    return value;
  }

  requiredNumber(field: CanonicalField): number | null {
    if (this.cell(field) === '') {
      this.missing(field);
      return null;
    }
    return this.number(field);
  }

  /** UTC epoch ms of the sale; rejects empty, unreadable and more-than-a-day-ahead dates. */
  soldAt(now: number): number | null {
    const column = this.columns.get('in_dt');
    const text = this.cell('in_dt');
    if (!column || text === '') {
      this.missing('in_dt');
      return null;
    }
    const parsed = column.date ? parseDateTime(text, column.date) : null;
    if (!parsed) {
      this.issues.push(lineIssues.invalidDate(this.line, column.name, text));
      return null;
    }
    const instant = santiagoToUtc(parsed);
    // A day of slack: the caller's clock and the shop's may disagree around midnight.
    if (instant > now + MS_PER_DAY) {
      this.issues.push(lineIssues.futureDate(this.line, column.name, text));
      return null;
    }
    return instant;
  }

  missing(field: CanonicalField): void {
    this.issues.push(lineIssues.missingRequired(this.line, this.columns.get(field)?.name ?? null, field));
  }
}
