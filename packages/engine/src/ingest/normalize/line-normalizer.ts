import {
  type CanonicalField,
  type CanonicalLine,
  type LineIssue,
  type LineOutcome,
  type NumberFormat,
  OPTIONAL_FIELDS,
  type SourceRecord,
  type TableDetection,
} from '../types';
import { parseDateTime, parseNumber, santiagoToUtc } from '../values';
import { CustomerIds } from './customer-id';
import { settleAmounts } from './line-amounts';
import { lineIssues } from './line-issues';
import { type ParsingColumn, parsingColumns } from './parsing-key';
import { hasTotalsLabel, isRepeatedHeader } from './row-kinds';
import { isReturnLabel } from './transaction-kind';
import { normalizeUnitType } from './unit-type';

export interface LineNormalizerOptions {
  /** The caller's clock (epoch ms): dates more than a day after it are rejected. */
  now: number;
}

/** Larger quantities are kept but flagged: usually a code or an amount typed in the wrong cell. */
export const MAX_PLAUSIBLE_QUANTITY = 10_000;

/** For a column mapped to a numeric field whose values never told their format. */
const CHILEAN_NUMBERS: NumberFormat = { decimal: ',', thousands: '.', currency: null, percent: false };
const MS_PER_DAY = 86_400_000;

/** How a date cell read: a sale instant, or why not. */
const DATE_OK = 0;
const DATE_INVALID = 1;
const DATE_FUTURE = 2;

/** One canonical field's source column, resolved once per file. */
class FieldColumn {
  readonly index: number;
  readonly name: string;
  readonly number: NumberFormat;

  constructor(readonly column: ParsingColumn) {
    this.index = column.index;
    this.name = column.name;
    this.number = column.number ?? CHILEAN_NUMBERS;
  }
}

/** `text.trim() === ''`, without trimming ordinary text. */
function isTrimBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === '';
}

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/**
 * Turns each data record (those after the header) into a canonical sale line, a rejection with
 * its reasons (line, column, Spanish and English), or a skip (repeated headers, totals rows).
 * Stateless between records, so lines can be normalized as they stream. The columns of every
 * field are looked up once, when the normalizer is made; a date cell equal to the previous
 * line's is not read again (lines of one sale share their date).
 */
export class LineNormalizer {
  private readonly fields = new Map<CanonicalField, FieldColumn>();
  private readonly names: string[];
  private readonly extras: FieldColumn[];
  private readonly optionalColumns: FieldColumn[];
  private readonly soldAtColumn: FieldColumn | null;
  private readonly transIdColumn: FieldColumn | null;
  private readonly productIdColumn: FieldColumn | null;
  private readonly quantityColumn: FieldColumn | null;
  private readonly priceUnitColumn: FieldColumn | null;
  private readonly discountColumn: FieldColumn | null;
  private readonly commissionColumn: FieldColumn | null;
  private readonly priceTotalColumn: FieldColumn | null;
  private readonly costUnitColumn: FieldColumn | null;
  private readonly costTotalColumn: FieldColumn | null;
  private readonly marginColumn: FieldColumn | null;
  private readonly stockColumn: FieldColumn | null;
  private readonly transTypeColumn: FieldColumn | null;
  private readonly documentTypeColumn: FieldColumn | null;
  private readonly customerColumn: FieldColumn | null;
  private readonly descriptionColumn: FieldColumn | null;
  private readonly categoryColumn: FieldColumn | null;
  private readonly unitTypeColumn: FieldColumn | null;
  private readonly locationColumn: FieldColumn | null;
  private readonly sellerColumn: FieldColumn | null;
  private readonly paymentMethodColumn: FieldColumn | null;
  private readonly customerIds = new CustomerIds();
  /** Name reported for quantity warnings. */
  private readonly quantityName: string;
  private readonly latestSale: number;

  private lastDateText = '';
  private lastDateKind = -1;
  private lastDateInstant = 0;

  constructor(detection: TableDetection, options: LineNormalizerOptions) {
    // Only what `parsingKey` covers: imports rely on it to reuse a guessed detection.
    const columns = parsingColumns(detection);
    // A field fed by two columns takes the last one, as a Map keyed by field would.
    for (const column of columns) if (column.field) this.fields.set(column.field, new FieldColumn(column));
    this.names = columns.map((column) => column.name);
    this.extras = columns.filter((column) => column.field === null).map((c) => new FieldColumn(c));
    const optional = new Set<string>(OPTIONAL_FIELDS);
    this.optionalColumns = columns
      .filter((column) => column.field && optional.has(column.field))
      .map((column) => new FieldColumn(column));
    const of = (field: CanonicalField) => this.fields.get(field) ?? null;
    this.soldAtColumn = of('in_dt');
    this.transIdColumn = of('in_trans_id');
    this.productIdColumn = of('in_product_id');
    this.quantityColumn = of('in_quantity');
    this.priceUnitColumn = of('in_price_unit');
    this.discountColumn = of('in_discount_total');
    this.commissionColumn = of('in_commission');
    this.priceTotalColumn = of('in_price_total');
    this.costUnitColumn = of('in_cost_unit');
    this.costTotalColumn = of('in_cost_total');
    this.marginColumn = of('in_margin');
    this.stockColumn = of('in_stock');
    this.transTypeColumn = of('in_trans_type');
    this.documentTypeColumn = of('in_document_type');
    this.customerColumn = of('in_customer_id');
    this.descriptionColumn = of('in_description');
    this.categoryColumn = of('in_category');
    this.unitTypeColumn = of('in_unit_type');
    this.locationColumn = of('in_location');
    this.sellerColumn = of('in_seller');
    this.paymentMethodColumn = of('in_payment_method');
    this.quantityName = this.quantityColumn?.name ?? 'in_quantity';
    // A day of slack: the caller's clock and the shop's may disagree around midnight.
    this.latestSale = options.now + MS_PER_DAY;
  }

  normalize(record: SourceRecord): LineOutcome {
    const cells = record.cells;
    const line = record.line;
    const skip = this.skipReason(cells, line);
    if (skip) return { kind: 'skipped', issues: [skip] };

    const issues: LineIssue[] = [];
    const soldAt = this.soldAt(cells, line, issues);
    const transId = this.requiredText(cells, this.transIdColumn, 'in_trans_id', line, issues);
    const productId = this.requiredText(cells, this.productIdColumn, 'in_product_id', line, issues);
    let quantity: number | null = null;
    const quantityText = cellOf(cells, this.quantityColumn);
    if (quantityText === '') this.missing('in_quantity', line, issues);
    else quantity = this.number(quantityText, this.quantityColumn as FieldColumn, line, issues);
    const priceUnit = this.numberOf(cells, this.priceUnitColumn, line, issues);
    const discountTotal = this.numberOf(cells, this.discountColumn, line, issues);
    const priceTotalText = cellOf(cells, this.priceTotalColumn);
    const priceTotal =
      priceTotalText === ''
        ? null
        : this.number(priceTotalText, this.priceTotalColumn as FieldColumn, line, issues);
    // An empty total is recoverable from the unit price; only without one is it missing.
    if (priceTotalText === '' && priceUnit === null) this.missing('in_price_total', line, issues);
    const costUnit = this.numberOf(cells, this.costUnitColumn, line, issues);
    const costTotal = this.numberOf(cells, this.costTotalColumn, line, issues);
    const margin = this.numberOf(cells, this.marginColumn, line, issues);
    const stock = this.numberOf(cells, this.stockColumn, line, issues);
    const commission = this.numberOf(cells, this.commissionColumn, line, issues);
    if (issues.length > 0 || soldAt === null || transId === null || productId === null || quantity === null) {
      return { kind: 'rejected', issues };
    }

    const transType = textOf(cells, this.transTypeColumn);
    const documentType = textOf(cells, this.documentTypeColumn);
    const isReturn =
      isReturnLabel(transType) || isReturnLabel(documentType) || quantity < 0 || (priceTotal ?? 0) < 0;
    const amounts = settleAmounts(
      { quantity, priceTotal, priceUnit, costUnit, costTotal, discountTotal, margin, commission },
      isReturn,
    );
    const canonical: CanonicalLine = {
      sourceLine: line,
      soldAt,
      transId,
      productId,
      quantity: amounts.quantity,
      priceTotal: amounts.priceTotal,
      priceUnit: amounts.priceUnit,
      costUnit: amounts.costUnit,
      costTotal: amounts.costTotal,
      discountTotal: amounts.discountTotal,
      margin: amounts.margin,
      commission: amounts.commission,
      isReturn,
      transType,
      documentType,
      customerId: this.customerIds.canonical(textOf(cells, this.customerColumn)),
      description: textOf(cells, this.descriptionColumn),
      category: textOf(cells, this.categoryColumn),
      unitType: normalizeUnitType(cellOf(cells, this.unitTypeColumn)),
      stock,
      location: textOf(cells, this.locationColumn),
      seller: textOf(cells, this.sellerColumn),
      paymentMethod: textOf(cells, this.paymentMethodColumn),
      extra: this.extraOf(cells),
    };
    return { kind: 'accepted', line: canonical, warnings: this.warningsFor(cells, line, quantity) };
  }

  private skipReason(cells: string[], line: number): LineIssue | null {
    if (isRepeatedHeader(cells, this.names)) return lineIssues.repeatedHeader(line);
    if (allBlank(cells)) return lineIssues.emptyRow(line);
    if (hasTotalsLabel(cells)) return lineIssues.totalsRow(line);
    const keysEmpty = cellOf(cells, this.transIdColumn) === '' && cellOf(cells, this.productIdColumn) === '';
    if (keysEmpty && hasAsciiDigit(cellOf(cells, this.priceTotalColumn))) return lineIssues.totalsRow(line);
    return null;
  }

  /** UTC epoch ms of the sale; rejects empty, unreadable and more-than-a-day-ahead dates. */
  private soldAt(cells: string[], line: number, issues: LineIssue[]): number | null {
    const column = this.soldAtColumn;
    const text = cellOf(cells, column);
    if (column === null || text === '') {
      this.missing('in_dt', line, issues);
      return null;
    }
    if (text !== this.lastDateText || this.lastDateKind < 0) this.readDate(text, column);
    if (this.lastDateKind === DATE_OK) return this.lastDateInstant;
    issues.push(
      this.lastDateKind === DATE_INVALID
        ? lineIssues.invalidDate(line, column.name, text)
        : lineIssues.futureDate(line, column.name, text),
    );
    return null;
  }

  private readDate(text: string, column: FieldColumn): void {
    const format = column.column.date;
    const parsed = format ? parseDateTime(text, format) : null;
    this.lastDateText = text;
    if (!parsed) {
      this.lastDateKind = DATE_INVALID;
      return;
    }
    const instant = santiagoToUtc(parsed);
    this.lastDateKind = instant > this.latestSale ? DATE_FUTURE : DATE_OK;
    this.lastDateInstant = instant;
  }

  private requiredText(
    cells: string[],
    column: FieldColumn | null,
    field: CanonicalField,
    line: number,
    issues: LineIssue[],
  ): string | null {
    const text = cellOf(cells, column);
    if (text !== '') return text;
    this.missing(field, line, issues);
    return null;
  }

  /** The number in the cell, null when empty; an unreadable number rejects the line. */
  private numberOf(
    cells: string[],
    column: FieldColumn | null,
    line: number,
    issues: LineIssue[],
  ): number | null {
    if (column === null) return null;
    const text = cellOf(cells, column);
    return text === '' ? null : this.number(text, column, line, issues);
  }

  private number(text: string, column: FieldColumn, line: number, issues: LineIssue[]): number | null {
    const value = parseNumber(text, column.number);
    if (value === null) issues.push(lineIssues.invalidNumber(line, column.name, text));
    return value;
  }

  private missing(field: CanonicalField, line: number, issues: LineIssue[]): void {
    issues.push(lineIssues.missingRequired(line, this.fields.get(field)?.name ?? null, field));
  }

  private warningsFor(cells: string[], line: number, quantity: number): LineIssue[] {
    const warnings: LineIssue[] = [];
    if (Math.abs(quantity) > MAX_PLAUSIBLE_QUANTITY) {
      warnings.push(lineIssues.quantityOutOfRange(line, this.quantityName, quantity));
    }
    if (quantity === 0) warnings.push(lineIssues.zeroQuantity(line, this.quantityName));
    let empty: string[] | null = null;
    for (const column of this.optionalColumns) {
      if (!isTrimBlank(cells[column.index] ?? '')) continue;
      empty ??= [];
      empty.push(column.name);
    }
    if (empty !== null) warnings.push(lineIssues.missingOptional(line, empty));
    return warnings;
  }

  /** Unmapped columns by header name, trimmed; empty cells left out. */
  private extraOf(cells: string[]): Record<string, string> {
    const extra: Record<string, string> = {};
    for (const column of this.extras) {
      const text = (cells[column.index] ?? '').trim();
      if (text !== '') extra[column.name] = text;
    }
    return extra;
  }
}

/** The trimmed cell of a column ('' without the column or past the end of the record). */
function cellOf(cells: string[], column: FieldColumn | null): string {
  return column === null ? '' : (cells[column.index] ?? '').trim();
}

/** Trimmed text as written (ids keep their leading zeros), null when empty. */
function textOf(cells: string[], column: FieldColumn | null): string | null {
  const text = cellOf(cells, column);
  return text === '' ? null : text;
}

function allBlank(cells: string[]): boolean {
  for (let index = 0; index < cells.length; index++) if (!isTrimBlank(cells[index] ?? '')) return false;
  return true;
}
