import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SHEET_BACKLOG_BYTES,
  sheetBacklogBytes,
  WORKBOOK_ZIP_OPTIONS,
  zipCaughtUp,
} from './xlsx-backpressure';

const ROWS = 60_000;
const BATCH = 1000;

/**
 * Writes two sheets of ROWS rows each into a workbook read by a slow reader, and returns the
 * largest backlog seen after each batch plus the workbook's bytes.
 */
async function writeWorkbook(wait: boolean): Promise<{ maxBacklog: number; bytes: Buffer }> {
  const out = new PassThrough({ highWaterMark: 64 * 1024 });
  const chunks: Buffer[] = [];
  // A reader slower than the writer (a client or a storage).
  const reading = (async () => {
    for await (const chunk of out) {
      chunks.push(chunk as Buffer);
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
    zip: WORKBOOK_ZIP_OPTIONS,
  });
  let maxBacklog = 0;
  for (const name of ['first', 'second']) {
    const sheet = workbook.addWorksheet(name);
    for (let i = 0; i < ROWS; i++) {
      sheet.addRow([`${name}-${i}`, i, i * 1.5, 'texto de relleno para que la fila pese algo']).commit();
      if ((i + 1) % BATCH === 0) {
        const backlog = sheetBacklogBytes(sheet);
        expect(backlog).not.toBeNull();
        maxBacklog = Math.max(maxBacklog, backlog ?? 0);
        if (wait) await zipCaughtUp(sheet, out, () => new Error('closed'));
      }
    }
    await sheet.commit();
  }
  await workbook.commit();
  await reading;
  return { maxBacklog, bytes: Buffer.concat(chunks) };
}

describe('zipCaughtUp', () => {
  it('keeps what the zip has not taken under the limit, and the workbook whole', async () => {
    const { maxBacklog, bytes } = await writeWorkbook(true);
    // One batch may land on top of the limit before the writer waits again.
    expect(maxBacklog).toBeLessThan(MAX_SHEET_BACKLOG_BYTES + 1024 * 1024);

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(read.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['first', ROWS],
      ['second', ROWS],
    ]);
    expect(read.getWorksheet('second')?.getRow(ROWS).getCell(1).value).toBe(`second-${ROWS - 1}`);
    expect(read.getWorksheet('second')?.getRow(ROWS).getCell(3).value).toBe((ROWS - 1) * 1.5);
  }, 60_000);

  it('is needed: without it the second sheet piles up while the zip finishes the first', async () => {
    const { maxBacklog } = await writeWorkbook(false);
    expect(maxBacklog).toBeGreaterThan(MAX_SHEET_BACKLOG_BYTES * 2);
  }, 60_000);

  it('rejects with the given error once the output is destroyed', async () => {
    const out = new PassThrough();
    out.destroy();
    await expect(zipCaughtUp({}, out, () => new Error('gone'))).rejects.toThrow('gone');
  });
});
