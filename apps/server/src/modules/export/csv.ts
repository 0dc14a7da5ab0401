// RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they need it.

import { csvCell as safeCsvCell } from '../../lib/spreadsheet-safe';

/** One field, formula text escaped (`lib/spreadsheet-safe`), quoted when it needs it. */
export const csvCell = (value: unknown): string => safeCsvCell(value);

/**
 * A CSV document in pieces of at most `rowsPerPiece` rows: the header row first, after a BOM so
 * spreadsheets read it as UTF-8 (ñ, tildes). Joined, the pieces are exactly `toCsv`. `rows` may
 * be any iterable (rows built while they are written, never all held), read once, in order.
 */
export function* csvPieces(
  columns: readonly string[],
  rows: Iterable<Record<string, unknown>>,
  rowsPerPiece = 2000,
): Generator<string> {
  yield `\uFEFF${columns.map(csvCell).join(',')}\r\n`;
  let piece = '';
  let inPiece = 0;
  for (const row of rows) {
    piece += `${columns.map((c) => csvCell(row[c])).join(',')}\r\n`;
    if (++inPiece === rowsPerPiece) {
      yield piece;
      piece = '';
      inPiece = 0;
    }
  }
  if (inPiece > 0) yield piece;
}

/**
 * The same document from rows that arrive a page at a time (e.g. read from PostgreSQL): the
 * header, then one piece per page. A page is asked for only once the piece before was consumed.
 */
export async function* csvPagePieces(
  columns: readonly string[],
  pages: AsyncIterable<ReadonlyArray<Record<string, unknown>>>,
): AsyncGenerator<string> {
  yield `\uFEFF${columns.map(csvCell).join(',')}\r\n`;
  for await (const page of pages) {
    let piece = '';
    for (const row of page) piece += `${columns.map((c) => csvCell(row[c])).join(',')}\r\n`;
    if (piece) yield piece;
  }
}

/** A whole CSV document with a header row (see `csvPieces`). */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  return [...csvPieces(columns, rows)].join('');
}
