/**
 * Shared shapes of the ingestion stages (parse → normalize → validate). Pure data: the server
 * streams bytes in, the engine answers with records, detections and canonical lines.
 */

// ---------------------------------------------------------------- parse

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';

/** One CSV record (or XLSX row) as text cells, before any interpretation. */
export interface SourceRecord {
  /** 1-based physical line of the file where the record starts (XLSX: the sheet row number). */
  line: number;
  cells: string[];
  /** The record's original text (without its line break), for rejection reports. */
  raw: string;
}

// ---------------------------------------------------------------- values

/** How a numeric column writes its numbers; decided per column from all its values. */
export interface NumberFormat {
  decimal: '.' | ',';
  /** Grouping separator; '' when the column never groups digits. Spaces and NBSP always tolerated. */
  thousands: '.' | ',' | "'" | '';
  /** Currency sign seen in the column ('$', 'US$', 'CLP'...), or null. */
  currency: string | null;
  percent: boolean;
}

/** Field order of a date column, decided by evidence across all rows. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export interface DateFormat {
  /** 'iso' = yyyy-mm-ddTHH:MM[:SS][.fff][Z|±hh:mm]; 'excel' = serial day numbers (XLSX). */
  kind: 'pattern' | 'iso' | 'excel';
  order: DateOrder;
  /** Human label like 'dd-mm-yyyy HH:MM' shown in previews. */
  pattern: string;
}

/** A wall-clock date-time as written (no zone), or an absolute instant when the text had one. */
export interface ParsedDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text carried a zone (Z, +03:00); null = naive (America/Santiago). */
  offsetMinutes: number | null;
}

// ---------------------------------------------------------------- schema

export const REQUIRED_FIELDS = [
  'in_dt',
  'in_trans_id',
  'in_product_id',
  'in_quantity',
  'in_price_total',
] as const;

export const OPTIONAL_FIELDS = [
  'in_trans_type',
  'in_customer_id',
  'in_description',
  'in_category',
  'in_unit_type',
  'in_stock',
  'in_location',
  'in_document_type',
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
  'in_commission',
  'in_seller',
  'in_payment_method',
] as const;

export type CanonicalField = (typeof REQUIRED_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number];

export type ColumnType = 'date' | 'number' | 'text' | 'empty';

/** What detection (or a mapping the user gave) says about one source column. */
export interface ColumnDetection {
  index: number;
  name: string;
  /** Canonical field it feeds, or null when it is kept as an extra attribute only. */
  field: CanonicalField | null;
  /** 0..1: how sure the header match (and the values) make us. 1 for user mappings. */
  confidence: number;
  type: ColumnType;
  number: NumberFormat | null;
  date: DateFormat | null;
}

export interface IssueMessage {
  code: string;
  message_es: string;
  message_en: string;
}

export interface TableDetection {
  encoding: TextEncodingName;
  delimiter: Delimiter | null; // null for XLSX
  /** 1-based line of the header record. */
  headerLine: number;
  columns: ColumnDetection[];
  warnings: IssueMessage[];
}

/** A user's (or template's) explicit choice for a column, overriding detection. */
export interface ColumnMapping {
  field: CanonicalField | null;
  number?: Partial<NumberFormat>;
  date?: { order?: DateOrder };
}
/** Keys are source header names. */
export type MappingSpec = Record<string, ColumnMapping>;

// ---------------------------------------------------------------- lines

/** A validated sale line in canonical form. Returns have negative quantity and amounts. */
export interface CanonicalLine {
  sourceLine: number;
  /** UTC epoch milliseconds. */
  soldAt: number;
  transId: string;
  productId: string;
  quantity: number;
  priceTotal: number;
  priceUnit: number;
  isReturn: boolean;
  transType: string | null;
  documentType: string | null;
  customerId: string | null;
  description: string | null;
  category: string | null;
  unitType: string | null;
  stock: number | null;
  location: string | null;
  costUnit: number | null;
  costTotal: number | null;
  discountTotal: number | null;
  margin: number | null;
  commission: number | null;
  /** Who sold the line (seller or cashier, as the file names them). */
  seller: string | null;
  /** How the ticket was paid (efectivo, débito, crédito...), as the file writes it. */
  paymentMethod: string | null;
  /** Unmapped source columns, by header name; never dropped. */
  extra: Record<string, string>;
}

export type IssueSeverity = 'rejected' | 'warning' | 'skipped';

export interface LineIssue extends IssueMessage {
  severity: IssueSeverity;
  line: number;
  /** Source column name, when the issue is about one. */
  column: string | null;
}

export type LineOutcome =
  | { kind: 'accepted'; line: CanonicalLine; warnings: LineIssue[] }
  | { kind: 'rejected'; issues: LineIssue[] }
  | { kind: 'skipped'; issues: LineIssue[] };
