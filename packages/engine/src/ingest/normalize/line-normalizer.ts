import {
  type CanonicalField,
  type CanonicalLine,
  type ColumnDetection,
  type LineIssue,
  type LineOutcome,
  OPTIONAL_FIELDS,
  type SourceRecord,
  type TableDetection,
} from '../types';
import { settleAmounts } from './line-amounts';
import { lineIssues } from './line-issues';
import { LineReader } from './line-reader';
import { isRepeatedHeader, isTotalsLabel } from './row-kinds';
import { isReturnLabel } from './transaction-kind';
import { normalizeUnitType } from './unit-type';

export interface LineNormalizerOptions {
  /** The caller's clock (epoch ms): dates more than a day after it are rejected. */
  now: number;
}

/** Larger quantities are kept but flagged: usually a code or an amount typed in the wrong cell. */
export const MAX_PLAUSIBLE_QUANTITY = 10_000;

/**
 * Turns each data record (those after the header) into a canonical sale line, a rejection with
 * its reasons (line, column, Spanish and English), or a skip (repeated headers, totals rows).
 * Stateless between records, so lines can be normalized as they stream.
 */
export class LineNormalizer {
  private readonly columns = new Map<CanonicalField, ColumnDetection>();
  private readonly names: string[];
  private readonly extras: ColumnDetection[];
  private readonly optionalColumns: ColumnDetection[];

  constructor(
    detection: TableDetection,
    private readonly options: LineNormalizerOptions,
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
      { quantity, priceTotal, priceUnit, costUnit, costTotal, discountTotal, margin },
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
      customerId: read.text('in_customer_id'),
      description: read.text('in_description'),
      category: read.text('in_category'),
      unitType: normalizeUnitType(read.cell('in_unit_type')),
      stock,
      location: read.text('in_location'),
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
