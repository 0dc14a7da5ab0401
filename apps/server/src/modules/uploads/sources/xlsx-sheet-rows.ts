import { SourceError } from './source-error';
import { MAX_ROW_CHARS } from './source-limits';
import { type CellContext, cellText } from './xlsx-cell-text';
import { XmlScanner } from './xml-scanner';

/** One sheet row as text cells; the same shape as the engine's SourceRecord. */
export interface SheetRow {
  /** The sheet's own row number (1-based). */
  line: number;
  /** Column A first; empty cells in the middle are '' so positions hold; trailing empties dropped. */
  cells: string[];
  /** The cells joined with ';', for rejection reports. */
  raw: string;
}

export interface SheetContext extends CellContext {
  /** Per cell style index: does it display a date? */
  dateStyles: boolean[];
}

/** Excel's limit (column XFD); also keeps a hostile reference from allocating a huge row. */
const MAX_COLUMNS = 16_384;

/** Column number (1-based) of a reference like "AB12". */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/**
 * Turns a worksheet's XML text, chunk by chunk, into rows; only the rows finished within one
 * chunk are held at a time. Rows with no text at all (formatting only) are left out. Row and
 * cell references are optional in the format: missing ones continue from the previous.
 */
export async function* readSheetRows(
  xml: AsyncIterable<string>,
  context: SheetContext,
): AsyncGenerator<SheetRow> {
  let finished: SheetRow[] = [];
  let line = 0;
  let cells: string[] | null = null;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;
  let rowChars = 0;

  const scanner = new XmlScanner({
    open(name, attributes) {
      switch (name) {
        case 'row':
          line = attributes.r ? Number(attributes.r) : line + 1;
          cells = [];
          column = 0;
          rowChars = 0;
          break;
        case 'c':
          column = (attributes.r && columnOf(attributes.r)) || column + 1;
          if (column > MAX_COLUMNS) throw new Error(`cell column ${column} is beyond Excel's last column`);
          type = attributes.t ?? 'n';
          style = Number(attributes.s ?? 0);
          value = '';
          inline = '';
          break;
        case 'v':
          inValue = true;
          break;
        case 't':
          inInlineText = phonetic === 0;
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 't':
          inInlineText = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cells) {
            const isDate = context.dateStyles[style] === true;
            cells[column - 1] = cellText(type, value, inline, isDate, context);
          }
          break;
        case 'row':
          if (cells) {
            const row = toRow(line, cells);
            if (row) finished.push(row);
          }
          cells = null;
          break;
      }
    },
    text(text) {
      if (!inValue && !inInlineText) return;
      // Cell text piles up until the row ends: bounded like a CSV record.
      rowChars += text.length;
      if (rowChars > MAX_ROW_CHARS) throw rowTooLong(line);
      if (inValue) value += text;
      else inline += text;
    },
  });

  for await (const chunk of xml) {
    scanner.write(chunk);
    if (finished.length > 0) {
      const ready = finished;
      finished = [];
      yield* ready;
    }
  }
  scanner.end();
  yield* finished;
}

function rowTooLong(line: number): SourceError {
  const mb = MAX_ROW_CHARS / (1024 * 1024);
  return new SourceError(
    'XLSX_ROW_TOO_LONG',
    `Row ${line} of the sheet holds more than ${mb} million characters of text; it is not a sales row.`,
    `La fila ${line} de la hoja tiene más de ${mb} millones de caracteres de texto; no es una fila de ventas.`,
    { line, maxChars: MAX_ROW_CHARS },
  );
}

function toRow(line: number, sparse: string[]): SheetRow | null {
  let length = sparse.length;
  while (length > 0 && !sparse[length - 1]) length--;
  if (length === 0) return null;
  const cells = sparse.slice(0, length);
  for (let i = 0; i < length; i++) cells[i] ??= '';
  return { line, cells, raw: cells.join(';') };
}
