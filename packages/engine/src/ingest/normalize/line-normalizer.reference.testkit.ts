// Test support (not shipped logic): the line normalizer as it was before the per-file column
// plan, kept verbatim as the reference the faster LineNormalizer must agree with.

import {
  type CanonicalField,
  type CanonicalLine,
  type ColumnDetection,
  type LineIssue,
  type LineOutcome,
  type NumberFormat,
  OPTIONAL_FIELDS,
  type SourceRecord,
  type TableDetection,
} from '../types';
import { parseDateTime, parseNumber, santiagoToUtc } from '../values';
import { canonicalCustomerId } from './customer-id';
import { settleAmounts } from './line-amounts';
import { lineIssues } from './line-issues';
import { MAX_PLAUSIBLE_QUANTITY } from './line-normalizer';
import { isRepeatedHeader, isTotalsLabel } from './row-kinds';
import { isReturnLabel } from './transaction-kind';
import { normalizeUnitType } from './unit-type';

/** For a column mapped to a numeric field whose values never told their format. */
const CHILEAN_NUMBERS: NumberFormat = { decimal: ',', thousands: '.', currency: null, percent: false };
const MS_PER_DAY = 86_400_000;

/** Reads the canonical fields of one record, collecting a rejection per unreadable cell. */
class LineReader {
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

/**
 * Turns each data record (those after the header) into a canonical sale line, a rejection with
 * its reasons (line, column, Spanish and English), or a skip (repeated headers, totals rows).
 * Stateless between records, so lines can be normalized as they stream.
 */
export class ReferenceLineNormalizer {
  private readonly columns = new Map<CanonicalField, ColumnDetection>();
  private readonly names: string[];
  private readonly extras: ColumnDetection[];
  private readonly optionalColumns: ColumnDetection[];

  constructor(
    detection: TableDetection,
    private readonly options: { now: number },
  ) {
    for (const column of detection.columns) if (column.field) this.columns.set(column.field, column);
    this.names = detection.columns.map((column) => column.name);
    this.extras = detection.columns.filter((column) => column.field === null);
    const optional = new Set<string>(OPTIONAL_FIELDS);
    this.optionalColumns = detection.columns.filter((column) => column.field && optional.has(column.field));
  }

  normalize(record: SourceRecord): LineOutcome {
    const skip = this.skipReason(record);
    if (skip) return { kind: 'skipped', issues: [skip] };

    const read = new LineReader(record, this.columns);
    const soldAt = read.soldAt(this.options.now);
    const transId = read.requiredText('in_trans_id');
    const productId = read.requiredText('in_product_id');
    const quantity = read.requiredNumber('in_quantity');
    const priceUnit = read.number('in_price_unit');
    const discountTotal = read.number('in_discount_total');
    const priceTotal = read.text('in_price_total') === null ? null : read.number('in_price_total');
    // An empty total is recoverable from the unit price; only without one is it missing.
    if (read.text('in_price_total') === null && priceUnit === null) read.missing('in_price_total');
    const costUnit = read.number('in_cost_unit');
    const costTotal = read.number('in_cost_total');
    const margin = read.number('in_margin');
    const stock = read.number('in_stock');
    const commission = read.number('in_commission');
    if (
      read.issues.length > 0 ||
      soldAt === null ||
      transId === null ||
      productId === null ||
      quantity === null
    ) {
      return { kind: 'rejected', issues: read.issues };
    }

    const transType = read.text('in_trans_type');
    const documentType = read.text('in_document_type');
    const isReturn =
      isReturnLabel(transType) || isReturnLabel(documentType) || quantity < 0 || (priceTotal ?? 0) < 0;
    const amounts = settleAmounts(
      { quantity, priceTotal, priceUnit, costUnit, costTotal, discountTotal, margin, commission },
      isReturn,
    );
    const line: CanonicalLine = {
      sourceLine: record.line,
      soldAt,
      transId,
      productId,
      ...amounts,
      isReturn,
      transType,
      documentType,
      customerId: nullableCustomerId(read.text('in_customer_id')),
      description: read.text('in_description'),
      category: read.text('in_category'),
      unitType: normalizeUnitType(read.cell('in_unit_type')),
      stock,
      location: read.text('in_location'),
      seller: read.text('in_seller'),
      paymentMethod: read.text('in_payment_method'),
      extra: this.extraOf(record),
    };
    return { kind: 'accepted', line, warnings: this.warningsFor(record, quantity) };
  }

  private skipReason(record: SourceRecord): LineIssue | null {
    const cells = record.cells;
    if (isRepeatedHeader(cells, this.names)) return lineIssues.repeatedHeader(record.line);
    if (cells.every((cell) => cell.trim() === '')) return lineIssues.emptyRow(record.line);
    if (cells.some(isTotalsLabel)) return lineIssues.totalsRow(record.line);
    const cellOf = (field: CanonicalField) => {
      const column = this.columns.get(field);
      return column ? (cells[column.index] ?? '').trim() : '';
    };
    const keysEmpty = cellOf('in_trans_id') === '' && cellOf('in_product_id') === '';
    if (keysEmpty && /\d/.test(cellOf('in_price_total'))) return lineIssues.totalsRow(record.line);
    return null;
  }

  private warningsFor(record: SourceRecord, quantity: number): LineIssue[] {
    const warnings: LineIssue[] = [];
    const quantityColumn = this.columns.get('in_quantity')?.name ?? 'in_quantity';
    if (Math.abs(quantity) > MAX_PLAUSIBLE_QUANTITY) {
      warnings.push(lineIssues.quantityOutOfRange(record.line, quantityColumn, quantity));
    }
    if (quantity === 0) warnings.push(lineIssues.zeroQuantity(record.line, quantityColumn));
    const empty = this.optionalColumns
      .filter((column) => (record.cells[column.index] ?? '').trim() === '')
      .map((column) => column.name);
    if (empty.length > 0) warnings.push(lineIssues.missingOptional(record.line, empty));
    return warnings;
  }

  /** Unmapped columns by header name, trimmed; empty cells left out. */
  private extraOf(record: SourceRecord): Record<string, string> {
    const extra: Record<string, string> = {};
    for (const column of this.extras) {
      const text = (record.cells[column.index] ?? '').trim();
      if (text !== '') extra[column.name] = text;
    }
    return extra;
  }
}

const nullableCustomerId = (id: string | null) => (id === null ? null : canonicalCustomerId(id));
