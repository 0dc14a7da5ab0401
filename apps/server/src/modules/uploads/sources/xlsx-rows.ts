import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SourceError } from './source-error';
import { isDateNumberFormat } from './xlsx-cell-text';
import { entryText, findEntry, readDateStyles, readWorkbookInfo, type WorkbookInfo } from './xlsx-parts';
import { readSharedStrings } from './xlsx-shared-strings';
import { readSheetRows, type SheetRow } from './xlsx-sheet-rows';
import { openZipFile, type ZipArchive } from './zip-reader';

export type { SheetRow } from './xlsx-sheet-rows';

export interface XlsxReadOptions {
  /** Sheet name (case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** Where the workbook is spilled while read; default the OS temp folder. */
  tempDir?: string;
  /** Bound on the shared string table; default MAX_SHARED_STRING_CHARS. */
  maxSharedStringChars?: number;
}

/**
 * Streams the rows of one sheet. A zip can only be read reliably from its central directory
 * at the end, and Excel stores sheets before the strings and styles they refer to, so the
 * stream is first written to a private temporary file (deleted afterwards); from there memory
 * holds the shared strings, the styles and the rows of one chunk of sheet XML.
 *
 * Errors: XLSX_SHEET_NOT_FOUND (details.sheets lists the names), XLSX_UNREADABLE for anything
 * that is not a readable workbook; an error of `stream` itself (say, a failed decryption) comes
 * through unchanged.
 */
export async function* readXlsxRows(
  stream: Readable,
  options: XlsxReadOptions = {},
): AsyncGenerator<SheetRow> {
  const dir = await mkdtemp(path.join(options.tempDir ?? tmpdir(), 'ayni-xlsx-'));
  let archive: ZipArchive | undefined;
  try {
    const file = path.join(dir, 'upload.xlsx');
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
    try {
      archive = await openZipFile(file);
      const workbook = await readWorkbookInfo(archive);
      const sheet = pickSheet(workbook, options.sheet);
      const entry = sheet.path ? findEntry(archive, sheet.path) : undefined;
      if (!entry) throw new Error(`the part of sheet "${sheet.name}" is missing`);
      const context = {
        sharedStrings: await readSharedStrings(
          archive,
          workbook.sharedStringsPath ?? 'xl/sharedStrings.xml',
          options.maxSharedStringChars,
        ),
        dateStyles: await readDateStyles(archive, workbook.stylesPath ?? 'xl/styles.xml', isDateNumberFormat),
        date1904: workbook.date1904,
      };
      yield* readSheetRows(entryText(archive, entry), context);
    } catch (err) {
      throw err instanceof SourceError ? err : unreadable(err);
    }
  } finally {
    await archive?.close().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

function pickSheet(workbook: WorkbookInfo, wanted: string | undefined): WorkbookInfo['sheets'][number] {
  const { sheets } = workbook;
  if (sheets.length === 0) throw new Error('the workbook lists no sheets');
  if (wanted === undefined)
    return sheets.find((s) => s.visible) ?? (sheets[0] as WorkbookInfo['sheets'][number]);
  // Excel forbids two sheet names that differ only in case, so ignoring case is unambiguous.
  const match = sheets.find((s) => normalizeName(s.name) === normalizeName(wanted));
  if (match) return match;
  const names = sheets.map((s) => s.name);
  throw new SourceError(
    'XLSX_SHEET_NOT_FOUND',
    `The workbook has no sheet named "${wanted}"; its sheets are: ${names.join(', ')}`,
    `El libro no tiene una hoja llamada "${wanted}"; sus hojas son: ${names.join(', ')}`,
    { sheet: wanted, sheets: names },
  );
}

function normalizeName(name: string): string {
  return name.trim().toLocaleLowerCase('es');
}

function unreadable(cause: unknown): SourceError {
  return new SourceError(
    'XLSX_UNREADABLE',
    'The file is not a readable Excel workbook (.xlsx); it may be damaged or in another format',
    'El archivo no es un libro de Excel (.xlsx) legible; puede estar dañado o tener otro formato',
    { reason: cause instanceof Error ? cause.message : String(cause) },
    { cause },
  );
}
