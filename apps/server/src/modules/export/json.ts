/** Rows turned into text (and compressed) at a time, per file. */
export const ROWS_PER_PIECE = 2000;

const item = (row: unknown) => `  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`;

/**
 * A JSON array in pieces of at most `rowsPerPiece` rows; joined, exactly
 * `JSON.stringify(rows, null, 2)`.
 */
export function* jsonPieces(
  rows: ReadonlyArray<Record<string, unknown>>,
  rowsPerPiece = ROWS_PER_PIECE,
): Generator<string> {
  if (rows.length === 0) {
    yield '[]';
    return;
  }
  for (let start = 0; start < rows.length; start += rowsPerPiece) {
    const items = rows.slice(start, start + rowsPerPiece).map(item);
    yield `${start === 0 ? '[\n' : ',\n'}${items.join(',\n')}`;
  }
  yield '\n]';
}

/**
 * The same array from rows that arrive a page at a time (or one by one: any iterable of rows per
 * page), one piece per page; a page is asked for only once the piece before was consumed.
 */
export async function* jsonPagePieces(
  pages: AsyncIterable<Iterable<unknown>> | Iterable<Iterable<unknown>>,
): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    let piece = '';
    for (const row of page) {
      piece += `${first ? '[\n' : ',\n'}${item(row)}`;
      first = false;
    }
    if (piece) yield piece;
  }
  yield first ? '[]' : '\n]';
}

/** Rows of an iterable (built as it is read, e.g. the engine's row streams) in pages. */
export function* inPages<T>(rows: Iterable<T>, pageSize = ROWS_PER_PIECE): Generator<T[]> {
  let page: T[] = [];
  for (const row of rows) {
    page.push(row);
    if (page.length === pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
