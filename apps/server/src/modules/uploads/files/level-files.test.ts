import { Readable } from 'node:stream';
import { FEATURE_LEVELS, featuresOfLevel } from '@ayni/engine';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileStorage } from '../../../infra/storage/file-storage';
import { type LevelRows, storeLevelCsv, storeLevelsXlsx } from './level-files';

/** Keeps what is put, in memory. */
function memoryStorage() {
  const objects = new Map<string, Buffer>();
  const storage: FileStorage = {
    async put(key: string, body: Readable) {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
      const bytes = Buffer.concat(chunks);
      objects.set(key, bytes);
      return { size: bytes.length };
    },
    async get(key: string) {
      return Readable.from([objects.get(key) as Buffer]);
    },
    async delete(key: string) {
      objects.delete(key);
    },
    async exists(key: string) {
      return objects.has(key);
    },
    async close() {},
  };
  return { storage, objects };
}

describe('level files', () => {
  it('writes CSV with a BOM, the catalog header and formula-looking text escaped', async () => {
    const { storage, objects } = memoryStorage();
    const columns = featuresOfLevel('product');
    const row = Object.fromEntries(columns.map((c) => [c, null])) as Record<string, unknown>;
    row[columns[0] as string] = '=HYPERLINK("http://x")';
    row[columns[1] as string] = -12.5;
    const stored = await storeLevelCsv(storage, 'k.csv', 'product', [row]);
    const text = objects.get('k.csv')?.toString('utf8') as string;
    expect(stored).toEqual({ size: objects.get('k.csv')?.length, rows: 1 });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, line] = text.slice(1).split('\r\n');
    expect(header).toBe(columns.join(','));
    // Text a spreadsheet would run is prefixed with an apostrophe; numbers stay numbers.
    expect(line?.startsWith(`"'=HYPERLINK(""http://x"")",-12.5,`)).toBe(true);
  });

  it('writes a workbook with a sheet per level, even for empty levels', async () => {
    const { storage, objects } = memoryStorage();
    const empty = Object.fromEntries(FEATURE_LEVELS.map((l) => [l, []])) as unknown as LevelRows;
    const levels = { ...empty, month: [{ period: '2025-10', revenue: 26208, partial: true }] } as LevelRows;
    const stored = await storeLevelsXlsx(storage, 'k.xlsx', levels);
    expect(stored.rows).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(objects.get('k.xlsx') as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(FEATURE_LEVELS.length);
    const month = workbook.getWorksheet('month') as ExcelJS.Worksheet;
    const header = featuresOfLevel('month');
    expect((month.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(month.getRow(2).getCell(header.indexOf('revenue') + 1).value).toBe(26208);
    expect(month.getRow(2).getCell(header.indexOf('partial') + 1).value).toBe(true);
    expect((workbook.getWorksheet('day') as ExcelJS.Worksheet).actualRowCount).toBe(1);
  });

  it('writes formula-looking text inert in the workbook; numbers stay numbers', async () => {
    const { storage, objects } = memoryStorage();
    const empty = Object.fromEntries(FEATURE_LEVELS.map((l) => [l, []])) as unknown as LevelRows;
    const header = featuresOfLevel('product');
    const [first, second, third] = header as [string, string, string];
    const levels = {
      ...empty,
      product: [{ [first]: '=HYPERLINK("http://x","clic")', [second]: -5, [third]: '-5' }],
    } as LevelRows;
    await storeLevelsXlsx(storage, 'k.xlsx', levels);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(objects.get('k.xlsx') as unknown as ArrayBuffer);
    const row = (workbook.getWorksheet('product') as ExcelJS.Worksheet).getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe(`'=HYPERLINK("http://x","clic")`);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(-5);
    expect(row.getCell(3).value).toBe("'-5");
  });
});
