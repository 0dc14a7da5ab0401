/*
 * Formula injection ("CSV injection"): a spreadsheet runs a cell whose text starts with `=`, `+`,
 * `-` or `@` (and, in some programs, a leading tab or carriage return) as a formula, so a product
 * named `=HYPERLINK("http://evil", "clic")` becomes a live link in the owner's Excel. Every CSV and
 * XLSX the server writes goes through this file.
 *
 * The choice, for both formats: such text gets a leading apostrophe (`'=HYPERLINK(...)`).
 * - CSV has no types: the apostrophe is the only thing that keeps Excel/LibreOffice from
 *   evaluating the cell.
 * - XLSX: the cell is already a plain string cell (never a formula element), which Excel does not
 *   evaluate; we still add the apostrophe so the text stays inert when the sheet is copied,
 *   pasted or saved as CSV, and so the CSV and XLSX of one export show the same text.
 * Numbers stay numbers (`-5` the number is written as a number; `"-5"` the text is escaped).
 */

/** Text a spreadsheet could evaluate as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The text unchanged, or with a leading `'` when a spreadsheet would run it as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvDelimiter = ',' | ';';

/** A cell as text: numbers plain (`.` decimals, or `,` with `decimalComma`), objects as JSON. */
function cellText(value: unknown, decimalComma: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return decimalComma ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return neutralizeFormula(JSON.stringify(value));
  return neutralizeFormula(String(value));
}

/**
 * One CSV field (RFC 4180): formula text escaped, then quoted when it holds the delimiter, a
 * quote or a line break. With `;` (Excel in Chilean locale) decimals are written with a comma,
 * as that Excel expects.
 */
export function csvCell(value: unknown, delimiter: CsvDelimiter = ','): string {
  const text = cellText(value, delimiter === ';');
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with its CRLF. */
export function csvLine(values: readonly unknown[], delimiter: CsvDelimiter = ','): string {
  return `${values.map((value) => csvCell(value, delimiter)).join(delimiter)}\r\n`;
}

/** What an XLSX cell may hold: a number, a date, a boolean, text or nothing. */
export type SafeXlsxValue = number | boolean | Date | string | null;

/**
 * A value for an exceljs cell: numbers, booleans and dates keep their type; text (and objects,
 * as JSON) is escaped like the CSV. exceljs writes every string as a string cell, never a formula.
 */
export function xlsxCell(value: unknown): SafeXlsxValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object') return neutralizeFormula(JSON.stringify(value));
  return neutralizeFormula(String(value));
}
