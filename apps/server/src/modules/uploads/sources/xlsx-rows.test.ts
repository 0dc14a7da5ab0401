import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SourceError } from './source-error';
import { readXlsxRows, type SheetRow, type XlsxReadOptions } from './xlsx-rows';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function rowsOf(bytes: Buffer, options: XlsxReadOptions = {}): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  // Small pieces, as a network or decrypting stream delivers them.
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 4096) pieces.push(bytes.subarray(i, i + 4096));
  for await (const row of readXlsxRows(Readable.from(pieces), options)) rows.push(row);
  return rows;
}

async function sourceErrorOf(promise: Promise<unknown>): Promise<SourceError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

const salesWorkbook = () =>
  workbookBytes((workbook) => {
    const sales = workbook.addWorksheet('Ventas');
    sales.addRow(['fecha', 'boleta', 'producto', 'cantidad', 'total', 'pagado', 'nota']);
    const row = sales.addRow([new Date(Date.UTC(2024, 2, 5, 13, 45, 10)), 'B-001', 'Café', 2, 12990.5, true]);
    row.getCell(1).numFmt = 'dd/mm/yyyy hh:mm:ss';
    row.getCell(7).value = 'al final';
    sales.getCell('A3').value = new Date(Date.UTC(2024, 11, 31));
    sales.getCell('A3').numFmt = 'dd-mm-yyyy';
    sales.getCell('B3').value = 'B-002';
    // C3 and D3 stay empty: positions must hold.
    sales.getCell('E3').value = { formula: 'E2*2', result: 25981 };
    sales.getCell('F3').value = false;
    sales.getCell('A4').value = { formula: 'A3+1', result: 45658 } as ExcelJS.CellFormulaValue;
    sales.getCell('A4').numFmt = 'yyyy-mm-dd';
    sales.getCell('B4').value = { richText: [{ text: 'B-' }, { text: '003', font: { bold: true } }] };
    sales.getCell('C4').value = { formula: 'C1&"!"', result: 'producto!' };
    sales.getCell('D4').value = 1e21;
    sales.getCell('E4').value = -0.000123;
    sales.getCell('E4').numFmt = '#,##0.00 "CLP";[Red]-#,##0.00';
    // Row 5 is formatting only; row 6 has data again.
    sales.getCell('C5').numFmt = '0.00';
    sales.getCell('A6').value = 'fin';

    const other = workbook.addWorksheet('Resumen');
    other.addRow(['total']);
    other.addRow([25981]);
  });

describe('readXlsxRows', () => {
  it('reads the first sheet: strings, numbers, booleans, dates, formulas and gaps', async () => {
    const rows = await rowsOf(await salesWorkbook());
    expect(rows).toEqual([
      {
        line: 1,
        cells: ['fecha', 'boleta', 'producto', 'cantidad', 'total', 'pagado', 'nota'],
        raw: 'fecha;boleta;producto;cantidad;total;pagado;nota',
      },
      {
        line: 2,
        cells: ['2024-03-05T13:45:10', 'B-001', 'Café', '2', '12990.5', 'true', 'al final'],
        raw: '2024-03-05T13:45:10;B-001;Café;2;12990.5;true;al final',
      },
      {
        line: 3,
        cells: ['2024-12-31T00:00:00', 'B-002', '', '', '25981', 'false'],
        raw: '2024-12-31T00:00:00;B-002;;;25981;false',
      },
      {
        line: 4,
        cells: ['2025-01-01T00:00:00', 'B-003', 'producto!', '1e+21', '-0.000123'],
        raw: '2025-01-01T00:00:00;B-003;producto!;1e+21;-0.000123',
      },
      { line: 6, cells: ['fin'], raw: 'fin' },
    ]);
  });

  it('reads a named sheet, ignoring case', async () => {
    const rows = await rowsOf(await salesWorkbook(), { sheet: 'resumen' });
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['total']],
      [2, ['25981']],
    ]);
  });

  it('names the sheets when the requested one is missing', async () => {
    const err = await sourceErrorOf(rowsOf(await salesWorkbook(), { sheet: 'Hoja1' }));
    expect(err.code).toBe('XLSX_SHEET_NOT_FOUND');
    expect(err.details).toEqual({ sheet: 'Hoja1', sheets: ['Ventas', 'Resumen'] });
    expect(err.message_es).toContain('Ventas, Resumen');
    expect(err.message_en).toContain('"Hoja1"');
  });

  it('starts at the first visible sheet', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Oculta', { state: 'hidden' }).addRow(['secreto']);
      workbook.addWorksheet('Datos').addRow(['visible']);
    });
    expect((await rowsOf(bytes)).map((r) => r.raw)).toEqual(['visible']);
  });

  it.each([
    ['a cut-off workbook', async () => (await salesWorkbook()).subarray(0, 3000)],
    [
      'a zip signature followed by junk',
      async () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(4000, 7)]),
    ],
    ['plain text', async () => Buffer.from('fecha;total\n2024-01-01;100\n')],
    [
      'damaged compressed data',
      async () => {
        const bytes = Buffer.from(await salesWorkbook());
        for (let i = 400; i < 2000; i++) bytes[i] = ((bytes[i] as number) * 7 + 3) & 0xff;
        return bytes;
      },
    ],
  ])('answers XLSX_UNREADABLE for %s', async (_label, bytes) => {
    const err = await sourceErrorOf(rowsOf(await bytes()));
    expect(err.code).toBe('XLSX_UNREADABLE');
    expect(err.message_es).toMatch(/Excel/);
  });

  it('passes a failing source error through instead of hanging', async () => {
    const bytes = await salesWorkbook();
    const source = new PassThrough();
    source.write(bytes.subarray(0, 2000));
    setTimeout(() => source.destroy(new Error('decryption failed')), 20);
    await expect(async () => {
      for await (const _ of readXlsxRows(source, {})) {
        // drain
      }
    }).rejects.toThrow('decryption failed');
  });

  it('cleans its temporary copy up when the caller stops early or the file is bad', async () => {
    const tempDir = await mkdtemp(path.join(tmpdir(), 'ayni-xlsx-test-'));
    try {
      for await (const row of readXlsxRows(Readable.from([await salesWorkbook()]), { tempDir })) {
        expect(row.line).toBe(1);
        break;
      }
      expect(await readdir(tempDir)).toEqual([]);
      await expect(rowsOf(Buffer.from('no zip'), { tempDir })).rejects.toBeInstanceOf(SourceError);
      expect(await readdir(tempDir)).toEqual([]);
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  });
});
