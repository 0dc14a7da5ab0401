import { hasTotalsLabel, isRepeatedHeader } from '../normalize/row-kinds';
import { findHeaderIndex } from '../parse';
import {
  type CanonicalField,
  type ColumnDetection,
  type Delimiter,
  type IssueMessage,
  type MappingSpec,
  REQUIRED_FIELDS,
  type SourceRecord,
  type TableDetection,
  type TextEncodingName,
} from '../types';
import { ArithmeticEvidence, type ArithmeticRole, type DecimalReadings } from './arithmetic-evidence';
import { assignFields, FIELD_VALUE_KIND, LOW_CONFIDENCE } from './assign-fields';
import { ColumnEvidence, type ColumnProfile } from './column-evidence';
import { detectionWarnings } from './detection-warnings';
import { matchHeaders, scoreHeaderRow } from './match-headers';
import { resolveDateFormat } from './resolve-date-format';
import { ARITHMETIC_ROLE_OF, resolveNumberFormats } from './resolve-number-formats';
import { RowReadings } from './row-readings';

export interface TableProfilerOptions {
  encoding: TextEncodingName;
  delimiter: Delimiter | null;
  /** A user's or template's choices by header name; they override detection. */
  mapping?: MappingSpec;
}

/** Exports put the header within the first rows; these are buffered to find it. */
const HEADER_SCAN_RECORDS = 50;

/** Name of a column whose header cell is blank. */
export const unnamedColumn = (index: number): string => `Columna ${index + 1}`;

/**
 * Detects a table's layout from EVERY record of the file: which record is the header, which
 * field each column feeds, and how its numbers and dates are written. Only the first
 * HEADER_SCAN_RECORDS records are buffered; the rest stream into per-column profilers, so
 * memory is O(columns) whatever the file size.
 */
export class TableProfiler {
  private readonly mapping: MappingSpec | undefined;
  private pending: SourceRecord[] = [];
  private header: SourceRecord | null = null;
  private names: string[] = [];
  private evidence: ColumnEvidence[] = [];
  private arithmetic: ArithmeticEvidence | null = null;
  private roleColumns: Partial<Record<ArithmeticRole, number>> = {};
  /**
   * The columns the arithmetic reads, as slots (its roles, then the discount), when their
   * evidence already takes the decimal readings; their readings in a batch. Otherwise the
   * arithmetic reads the cells itself.
   */
  private planColumns: number[] = [];
  private planRoles = 0;
  private batchReadings: RowReadings | null = null;
  private readonly roleReadings: (DecimalReadings | null)[] = [];
  /** The cells of the batch's data rows (`addBatch`; reused). */
  private readonly batchRows: string[][] = [];

  constructor(private readonly options: TableProfilerOptions) {
    const mapping = options.mapping;
    this.mapping =
      mapping && Object.fromEntries(Object.entries(mapping).map(([name, m]) => [name.trim(), m]));
  }

  add(record: SourceRecord): void {
    if (this.header) {
      this.addBatch([record]);
      return;
    }
    this.pending.push(record);
    if (this.pending.length >= HEADER_SCAN_RECORDS) this.decideHeader();
  }

  /**
   * add() for each record in turn, done column by column: a column's remembered values (tables
   * too big to stay in cache beside every other column's) are looked up for the whole batch at
   * once, which makes profiling much cheaper inside an import. Each column still takes its cells
   * in file order, and the rows' arithmetic counts the same rows.
   */
  addBatch(records: readonly SourceRecord[]): void {
    let next = 0;
    while (this.header === null && next < records.length) this.add(records[next++] as SourceRecord);
    const rows = this.batchRows;
    rows.length = 0;
    for (; next < records.length; next++) {
      const cells = (records[next] as SourceRecord).cells;
      if (this.skipsRow(cells)) continue;
      this.widen(cells.length);
      rows.push(cells);
    }
    if (rows.length === 0) return;
    const readings = this.batchReadings;
    if (readings === null) for (const cells of rows) this.arithmetic?.add(cells);
    else readings.reset(rows.length);
    const slotsOf = this.planColumns;
    for (let index = 0; index < this.evidence.length; index++) {
      const evidence = this.evidence[index] as ColumnEvidence;
      const slot = readings === null ? -1 : slotsOf.indexOf(index);
      for (let row = 0; row < rows.length; row++) {
        const cells = rows[row] as string[];
        if (index >= cells.length) continue;
        const facts = evidence.add(cells[index] as string);
        if (slot >= 0) (readings as RowReadings).set(row, slot, facts);
      }
    }
    if (readings === null) return;
    const roleReadings = this.roleReadings;
    const roles = this.planRoles;
    for (let row = 0; row < rows.length; row++) {
      for (let slot = 0; slot < roles; slot++) roleReadings[slot] = readings.get(row, slot);
      this.arithmetic?.addReadings(roleReadings, roles < readings.slots ? readings.get(row, roles) : null);
    }
  }

  /** What the evidence counted so far, per column and in the rows' arithmetic (tests, diagnostics). */
  tallies(): { columns: ColumnProfile[]; arithmetic: readonly number[] } {
    return {
      columns: this.evidence.map((column) => column.profile()),
      arithmetic: this.arithmetic?.agreements ?? [],
    };
  }

  result(): TableDetection {
    if (!this.header && this.pending.length > 0) this.decideHeader();
    const warnings: IssueMessage[] = [];
    const profiles = this.evidence.map((column) => column.profile());
    const assignments = assignFields(this.names, profiles, this.mapping, warnings);
    const formatWarnings: IssueMessage[] = [];
    const numberFormats = resolveNumberFormats({
      columns: this.names.map((name, index) => ({
        index,
        name,
        profile: profiles[index] as (typeof profiles)[number],
        assignment: assignments[index] ?? { field: null, confidence: 0 },
      })),
      arithmetic: this.arithmetic,
      roleColumns: this.roleColumns,
      mapping: this.mapping,
      warnings: formatWarnings,
      fallbackMark: this.options.delimiter === null ? '.' : ',',
    });
    const columns: ColumnDetection[] = this.names.map((name, index) => {
      const profile = profiles[index] as (typeof profiles)[number];
      const { field, confidence } = assignments[index] ?? { field: null, confidence: 0 };
      const userOrder = this.mapping?.[name]?.date?.order;
      const wantsDate = profile.type === 'date' || field === 'in_dt' || userOrder !== undefined;
      const date = wantsDate
        ? resolveDateFormat(name, profile, userOrder, field === 'in_dt' ? formatWarnings : [])
        : null;
      return {
        index,
        name,
        field,
        confidence,
        type: profile.type,
        number: numberFormats.get(index) ?? null,
        date,
      };
    });
    const mapped = new Set(columns.map((column) => column.field));
    const missing = REQUIRED_FIELDS.filter((field) => !mapped.has(field));
    warnings.unshift(...missing.map((field) => detectionWarnings.missingRequiredColumn(field)));
    for (const column of columns) {
      if (column.field && column.confidence < LOW_CONFIDENCE) {
        warnings.push(detectionWarnings.lowConfidence(column.name, column.field, column.confidence));
      }
    }
    return {
      encoding: this.options.encoding,
      delimiter: this.options.delimiter,
      headerLine: this.header?.line ?? 0,
      columns,
      warnings: [...warnings, ...formatWarnings],
    };
  }

  private decideHeader(): void {
    const index = findHeaderIndex(this.pending, scoreHeaderRow);
    const header = this.pending[index] as SourceRecord;
    const rest = this.pending.slice(index + 1);
    this.header = header;
    this.pending = [];
    this.names = header.cells.map((cell, column) => cell.trim() || unnamedColumn(column));
    const fields = this.fieldsByHeader();
    this.evidence = fields.map(
      (field) => new ColumnEvidence(field ? FIELD_VALUE_KIND[field] === 'number' : false),
    );
    this.prepareArithmetic(fields);
    this.addBatch(rest);
  }

  /** Fields as the header (and mapping) name them, before the values are seen. */
  private fieldsByHeader(): (CanonicalField | null)[] {
    const taken = new Set<CanonicalField>();
    const fields = this.names.map((name) => {
      const chosen = this.mapping?.[name];
      if (chosen?.field) taken.add(chosen.field);
      return chosen ? chosen.field : undefined;
    });
    const open = this.names.map((name, index) => (fields[index] === undefined ? name : ''));
    return matchHeaders(open, taken).map((match, index) => {
      const chosen = fields[index];
      return chosen === undefined ? match.field : chosen;
    });
  }

  /** The arithmetic needs its columns before the data streams by: take them from the header. */
  private prepareArithmetic(fields: (CanonicalField | null)[]): void {
    const columns: Partial<Record<ArithmeticRole | 'discount', number>> = {};
    fields.forEach((field, index) => {
      const role = field ? ARITHMETIC_ROLE_OF[field] : undefined;
      if (role) columns[role] = index;
      if (field === 'in_discount_total') columns.discount = index;
    });
    this.roleColumns = columns;
    const arithmetic = new ArithmeticEvidence(columns);
    this.arithmetic = arithmetic;
    if (arithmetic.idle) return;
    const roles = arithmetic.roleColumns;
    const discount = columns.discount ?? -1;
    const read = [...roles, ...(discount < 0 ? [] : [discount])];
    if (read.every((index) => this.evidence[index]?.tallyDecimals)) {
      this.planColumns = read;
      this.planRoles = roles.length;
      this.batchReadings = new RowReadings(read.length);
    }
  }

  /** Rows that are not data: the header repeated, or a totals row. */
  private skipsRow(cells: readonly string[]): boolean {
    return isRepeatedHeader(cells, this.names) || hasTotalsLabel(cells);
  }

  /** A row wider than the header: its extra columns get a name and evidence of their own. */
  private widen(width: number): void {
    while (this.evidence.length < width) {
      this.names.push(unnamedColumn(this.evidence.length));
      this.evidence.push(new ColumnEvidence());
    }
  }
}
