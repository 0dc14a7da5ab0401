import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportColumns } from './export-columns';
import { xlsxRowWriter } from './xlsx-writer';

async function write(rows: Array<Record<string, unknown>>, maxSheetRows: number, batch: number) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = xlsxRowWriter(out, 'category', exportColumns('category', 'es'), { maxSheetRows });
  await writer.start();
  for (let i = 0; i < rows.length; i += batch) await writer.rows(rows.slice(i, i + batch));
  await writer.end();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX writer', () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({
    category: i === 3 ? '@SUM(A1)' : `Categoría ${i + 1}`,
    revenue: 1000 * (i + 1),
    margin_pct: i === 0 ? null : -12.5 + i,
  }));

  it('continues on a new sheet (with its own header) past the per-sheet limit', async () => {
    const workbook = await write(rows, 3, 2);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['category', 'category_2', 'category_3']);
    const values = workbook.worksheets.flatMap((sheet) => {
      expect(sheet.getRow(1).getCell(1).value).toBe('Categoría');
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const list = [];
      for (let r = 2; r <= sheet.actualRowCount; r++) list.push(sheet.getRow(r).getCell(2).value);
      return list;
    });
    expect(values).toEqual(rows.map((r) => r.revenue));
    expect(workbook.worksheets.map((s) => s.actualRowCount)).toEqual([4, 4, 2]);
  });

  it('keeps one sheet at exactly the limit, types numbers and escapes formula text', async () => {
    const workbook = await write(rows, 7, 7);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(5).getCell(1).value).toBe("'@SUM(A1)");
    expect(sheet.getRow(5).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(7).value).toBe(-11.5);
    expect(sheet.getRow(3).getCell(7).numFmt).toBe('0.0" %"');
    expect(sheet.getRow(2).getCell(7).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('"$"#,##0');
  });
});
