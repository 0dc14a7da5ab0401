/** A CSV cell: raw values (numbers with `.` decimals, ISO dates), empty for null. */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Text a spreadsheet would run as a formula gets a leading `'` (like the server's level files).
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Comma-separated, CRLF lines, with a UTF-8 byte order mark so Excel shows the accents: the same
 * shape as the server's level files.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
