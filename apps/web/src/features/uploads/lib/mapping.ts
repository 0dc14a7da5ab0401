import type { MappingSpecInput, UploadDetected } from '@ayni/contracts';
import { CANONICAL_FIELDS } from '@ayni/contracts';

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];
export type DetectedColumn = UploadDetected['columns'][number];
export type FieldGroup = 'required' | 'optional' | 'inferable';
export type DecimalMark = '.' | ',';
export type ThousandsMark = '.' | ',' | "'" | '';
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** Without these five a line is rejected (MISSING_REQUIRED). */
export const REQUIRED_FIELDS: readonly CanonicalField[] = [
  'in_dt',
  'in_trans_id',
  'in_product_id',
  'in_quantity',
  'in_price_total',
];
/** Worked out from the others when absent (unit price = total / quantity, cost, discount, margin). */
export const INFERABLE_FIELDS: readonly CanonicalField[] = [
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
];
export const OPTIONAL_FIELDS: readonly CanonicalField[] = CANONICAL_FIELDS.filter(
  (field) => !REQUIRED_FIELDS.includes(field) && !INFERABLE_FIELDS.includes(field),
);
export const FIELD_GROUP_ORDER: readonly FieldGroup[] = ['required', 'optional', 'inferable'];

const NUMERIC_FIELDS: ReadonlySet<CanonicalField> = new Set([
  'in_quantity',
  'in_price_total',
  'in_price_unit',
  'in_cost_unit',
  'in_cost_total',
  'in_discount_total',
  'in_margin',
  'in_stock',
  'in_commission',
]);

export const DECIMAL_MARKS: readonly DecimalMark[] = [',', '.'];
export const THOUSANDS_MARKS: readonly ThousandsMark[] = ['.', ',', "'", ''];
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/** The group a field belongs to; a column that feeds nothing is listed with the optional ones. */
export function fieldGroup(field: CanonicalField | null): FieldGroup {
  if (field && REQUIRED_FIELDS.includes(field)) return 'required';
  if (field && INFERABLE_FIELDS.includes(field)) return 'inferable';
  return 'optional';
}

export const isNumericField = (field: CanonicalField | null): boolean =>
  field !== null && NUMERIC_FIELDS.has(field);
export const isDateField = (field: CanonicalField | null): boolean => field === 'in_dt';

/** How one column is read, as the person left it. */
export interface ColumnEdit {
  field: CanonicalField | null;
  decimal?: DecimalMark;
  thousands?: ThousandsMark;
  order?: DateOrder;
}
/** Keyed by the column's header name. */
export type MappingEdits = Record<string, ColumnEdit>;

const pick = <T extends string>(allowed: readonly T[], value: string | undefined | null): T | undefined =>
  value !== undefined && value !== null && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;

/** The edits that reproduce exactly what was detected. */
export function initialEdits(columns: readonly DetectedColumn[]): MappingEdits {
  const edits: MappingEdits = {};
  for (const column of columns) {
    const edit: ColumnEdit = { field: column.field };
    const decimal = pick(DECIMAL_MARKS, column.number?.decimal);
    const thousands = pick(THOUSANDS_MARKS, column.number?.thousands);
    const order = pick(DATE_ORDERS, column.date?.order);
    if (decimal) edit.decimal = decimal;
    if (thousands !== undefined) edit.thousands = thousands;
    if (order) edit.order = order;
    edits[column.name] = edit;
  }
  return edits;
}

/** Columns by the group of the field they feed, in file order within each group. */
export function groupColumns(
  columns: readonly DetectedColumn[],
  edits: MappingEdits,
): Record<FieldGroup, DetectedColumn[]> {
  const groups: Record<FieldGroup, DetectedColumn[]> = { required: [], optional: [], inferable: [] };
  for (const column of columns) {
    groups[fieldGroup(edits[column.name]?.field ?? column.field)].push(column);
  }
  return groups;
}

/** Required fields no column feeds. */
export function missingRequired(edits: MappingEdits): CanonicalField[] {
  const fed = new Set(Object.values(edits).map((edit) => edit.field));
  return REQUIRED_FIELDS.filter((field) => !fed.has(field));
}

/** Fields fed by more than one column (the API refuses such a mapping). */
export function duplicateFields(edits: MappingEdits): CanonicalField[] {
  const seen = new Map<CanonicalField, number>();
  for (const { field } of Object.values(edits)) {
    if (field) seen.set(field, (seen.get(field) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([field]) => field);
}

const sameEdit = (a: ColumnEdit | undefined, b: ColumnEdit | undefined): boolean =>
  (a?.field ?? null) === (b?.field ?? null) &&
  a?.decimal === b?.decimal &&
  a?.thousands === b?.thousands &&
  a?.order === b?.order;

/** True when the person changed anything the detection decided. */
export function isEdited(initial: MappingEdits, edits: MappingEdits): boolean {
  const names = new Set([...Object.keys(initial), ...Object.keys(edits)]);
  for (const name of names) if (!sameEdit(initial[name], edits[name])) return true;
  return false;
}

/** The API's `mapping` (also a template's): every column, its field and how its values are written. */
export function toMappingSpec(columns: readonly DetectedColumn[], edits: MappingEdits): MappingSpecInput {
  const spec: MappingSpecInput = {};
  for (const column of columns) {
    const edit = edits[column.name] ?? { field: column.field };
    const entry: MappingSpecInput[string] = { field: edit.field };
    if (isNumericField(edit.field) && (edit.decimal || edit.thousands !== undefined)) {
      entry.number = {};
      if (edit.decimal) entry.number.decimal = edit.decimal;
      if (edit.thousands !== undefined) entry.number.thousands = edit.thousands;
    }
    if (isDateField(edit.field) && edit.order) entry.date = { order: edit.order };
    spec[column.name] = entry;
  }
  return spec;
}

/** Select options for the canonical fields, grouped like the columns. */
export function fieldOptionGroups(): Array<{ group: FieldGroup; fields: CanonicalField[] }> {
  return FIELD_GROUP_ORDER.map((group) => ({
    group,
    fields: CANONICAL_FIELDS.filter((field) => fieldGroup(field) === group),
  }));
}
