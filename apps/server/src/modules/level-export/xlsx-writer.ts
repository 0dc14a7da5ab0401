import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { xlsxCell } from '../../lib/spreadsheet-safe';
import { WORKBOOK_ZIP_OPTIONS, zipCaughtUp } from '../../lib/xlsx-backpressure';
import type { ColumnKind, ExportColumn } from './export-columns';
import { ExportAborted, type ExportRow, type RowWriter } from './row-writer';

/** A sheet holds 1,048,576 rows: the header plus this many. */
export const MAX_SHEET_ROWS = 1_048_575;

// Number formats (Excel shows them in the reader's locale: $1.234.567 in es-CL).
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  // CLP has no decimals in use.
  currency: '"$"#,##0',
  // The API's percentages are already ×100 (12.5 means 12.5 %): a literal % keeps the value.
  percent: '0.0" %"',
  integer: '#,##0',
  date: 'dd-mm-yyyy',
};

const WIDTHS: Record<ColumnKind, number> = {
  text: 24,
  currency: 15,
  percent: 11,
  integer: 11,
  decimal: 12,
  date: 12,
  boolean: 9,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value typed for its column: dates as dates, the rest through `xlsxCell` (formula-safe). */
function typed(kind: ColumnKind, value: unknown): ExcelJS.CellValue {
  if (kind === 'date' && typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return xlsxCell(value);
}

export interface XlsxOptions {
  /** Rows per sheet before the next one (`<sheet>_2`, ...); smaller in tests. */
  maxSheetRows?: number;
}

/**
 * XLSX through exceljs' streaming WorkbookWriter: each row is committed as it is added and the
 * zip is written into `out` as it goes, so the workbook is never held whole; between batches the
 * writer waits for the zip and the client (`zipCaughtUp`). Header bold and
 * frozen, widths per kind, numbers and dates typed with formats; more rows than a sheet holds
 * continue on `<name>_2`, `<name>_3`...
 */
export function xlsxRowWriter(
  out: Writable,
  sheetName: string,
  columns: ExportColumn[],
  options: XlsxOptions = {},
): RowWriter {
  const maxRows = options.maxSheetRows ?? MAX_SHEET_ROWS;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: WORKBOOK_ZIP_OPTIONS,
  });
  let sheet: ExcelJS.Worksheet | null = null;
  let part = 0;
  let inSheet = 0;

  const openSheet = () => {
    part++;
    sheet = workbook.addWorksheet(part === 1 ? sheetName : `${sheetName}_${part}`, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((c) => ({
      key: c.name,
      width: Math.max(WIDTHS[c.kind], c.header.length + 2),
      style: NUMBER_FORMATS[c.kind] ? { numFmt: NUMBER_FORMATS[c.kind] } : {},
    }));
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    inSheet = 0;
    return sheet;
  };

  // Let the zip compress what was committed, and wait while it or the client is behind.
  const drain = () => zipCaughtUp(sheet ?? {}, out, () => new ExportAborted());

  return {
    async start() {
      openSheet();
      await drain();
    },
    async rows(rows: readonly ExportRow[]) {
      for (const row of rows) {
        let current = sheet ?? openSheet();
        if (inSheet === maxRows) {
          await current.commit();
          current = openSheet();
        }
        current.addRow(columns.map((c) => typed(c.kind, row[c.name]))).commit();
        inSheet++;
      }
      await drain();
    },
    async end() {
      if (sheet) await (sheet as ExcelJS.Worksheet).commit();
      await workbook.commit();
    },
  };
}
