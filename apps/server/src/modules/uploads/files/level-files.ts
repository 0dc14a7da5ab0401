import { PassThrough, Readable } from 'node:stream';
import { FEATURE_LEVELS, type FeatureLevel, featuresOfLevel } from '@ayni/engine';
import type ExcelJSModule from 'exceljs';
import type { FileStorage } from '../../../infra/storage/file-storage';
import { xlsxCell } from '../../../lib/spreadsheet-safe';
import { WORKBOOK_ZIP_OPTIONS, zipCaughtUp } from '../../../lib/xlsx-backpressure';
import { csvPieces } from '../../export/csv';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const WORKBOOK_NAME = 'levels.xlsx';
/** Every level as CSV, then the workbook. */
export const EXPECTED_FILE_COUNT = FEATURE_LEVELS.length + 1;

/** A spreadsheet holds 1,048,576 rows; a longer level goes on to `<level>_2`, `<level>_3`, ... */
const MAX_SHEET_ROWS = 1_048_575;
/**
 * CSV rows per piece handed to the storage, and pieces read ahead. Rows built while a piece
 * fills outlive the young generation's collections when pieces are big: 2,000-row pieces, 16
 * read ahead, grew the worker's heap by ~90 MB of garbage while it wrote 3M lines' customer
 * levels (the job's peak); 250-row pieces, 2 ahead, by ~30 MB, at the same speed.
 */
const CSV_ROWS_PER_PIECE = 250;
const CSV_PIECES_AHEAD = 2;

/**
 * Every level's rows. A level may be any iterable that can be iterated more than once (the
 * engine's streamed levels build their rows anew each time): the CSV and the workbook each read
 * it once, so a level is never held whole.
 */
export type LevelRows = Readonly<Record<FeatureLevel, Iterable<Record<string, unknown>>>>;

export const levelFileName = (level: FeatureLevel) => `${level}.csv`;

/** Where an upload's file lives in the FileStorage (apart from the originals' `<company>/<upload>`). */
export const uploadFileKey = (companyId: string, uploadId: string, name: string) =>
  `features/${companyId}/${uploadId}/${name}`;

/** The columns of a level's file: its features as the catalog declares them, in catalog order. */
export const levelColumns = (level: FeatureLevel): string[] => featuresOfLevel(level);

/**
 * Stores one level as CSV: UTF-8 with BOM (so Excel reads accents), comma-separated, CRLF,
 * header from the catalog, cells a spreadsheet would run as formulas escaped (`csvCell`).
 */
export async function storeLevelCsv(
  storage: FileStorage,
  key: string,
  level: FeatureLevel,
  rows: Iterable<Record<string, unknown>>,
): Promise<{ size: number; rows: number }> {
  let count = 0;
  const counted = function* () {
    for (const row of rows) {
      count++;
      yield row;
    }
  };
  const body = Readable.from(csvPieces(levelColumns(level), counted(), CSV_ROWS_PER_PIECE), {
    highWaterMark: CSV_PIECES_AHEAD,
  });
  const { size } = await storage.put(key, body);
  return { size, rows: count };
}

/**
 * Stores one workbook with a sheet per level (header row from the catalog), written by exceljs'
 * streaming writer straight into the storage: rows are committed as they are added and the
 * workbook is never built in memory, and the writer waits for the zip (`zipCaughtUp`). Cells go through `xlsxCell` (lib/spreadsheet-safe): numbers stay
 * numbers, text that starts like a formula gets a leading apostrophe.
 */
export async function storeLevelsXlsx(
  storage: FileStorage,
  key: string,
  levels: LevelRows,
): Promise<{ size: number; rows: number }> {
  const out = new PassThrough();
  const stored = storage.put(key, out);
  // A failed put must not leave the writer blocked on a stream nobody reads.
  stored.catch((err) => out.destroy(err));
  // Loaded on first use: ExcelJS costs every process ~15 MB that never writes a workbook.
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
    zip: WORKBOOK_ZIP_OPTIONS,
  });
  let total = 0;
  try {
    for (const level of FEATURE_LEVELS) {
      const columns = levelColumns(level);
      const rows = levels[level];
      let part = 1;
      let sheet = workbook.addWorksheet(level);
      sheet.addRow(columns).commit();
      let inSheet = 0;
      for (const row of rows) {
        if (inSheet === MAX_SHEET_ROWS) {
          await sheet.commit();
          part++;
          sheet = workbook.addWorksheet(`${level}_${part}`);
          sheet.addRow(columns).commit();
          inSheet = 0;
        }
        sheet.addRow(columns.map((c) => xlsxCell(row[c]))).commit();
        inSheet++;
        total++;
        if (total % 1000 === 0) await zipCaughtUp(sheet, out, () => new Error('workbook output closed'));
      }
      await sheet.commit();
    }
    await workbook.commit();
  } catch (err) {
    out.destroy(err as Error);
    await stored.catch(() => {});
    throw err;
  }
  const { size } = await stored;
  return { size, rows: total };
}
