import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from './source-error';
import { MAX_ZIP_ENTRIES } from './source-limits';
import { readXlsxRows } from './xlsx-rows';
import { readSharedStrings } from './xlsx-shared-strings';
import { handmadeXlsx } from './xlsx-test-package';
import { openZipFile } from './zip-reader';

async function failureOf(bytes: Buffer): Promise<SourceError> {
  const err = await (async () => {
    for await (const _row of readXlsxRows(Readable.from([bytes]))) {
      // drain
    }
  })().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

const sheet = (body: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;

describe('XLSX reader bounds against hostile workbooks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ayni-xlsx-bounds-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('stops a shared string table at its count, before reading the rest', async () => {
    const strings = Array.from({ length: 5000 }, (_, i) => `<si><t>t${i}</t></si>`).join('');
    const file = path.join(dir, 'strings.zip');
    await writeFile(file, zipSync({ 'sst.xml': strToU8(`<sst>${strings}</sst>`) }));
    const archive = await openZipFile(file);
    try {
      const err = await readSharedStrings(archive, 'sst.xml', 1_000_000, 1000).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'XLSX_TOO_MANY_STRINGS' });
      expect((err as SourceError).message_es).toMatch(/tabla de textos/);
      // Counting the string being read: one endless string trips the character bound too.
      const long = await readSharedStrings(archive, 'sst.xml', 100, 1_000_000).catch((e: unknown) => e);
      expect(long).toMatchObject({ code: 'XLSX_TOO_MANY_STRINGS' });
    } finally {
      await archive.close();
    }
  });

  it('refuses one shared string of 5 million characters (a text the scanner would hold whole)', async () => {
    const bytes = handmadeXlsx({
      sheets: [{ name: 'S', xml: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      sharedStrings: [`<t>${'x'.repeat(5_000_000)}</t>`],
    });
    expect((await failureOf(bytes)).code).toBe('XLSX_ROW_TOO_LONG');
  });

  it('refuses a row whose cells hold more text than a record may', async () => {
    const cell = (c: string) => `<c r="${c}1" t="inlineStr"><is><t>${'y'.repeat(900_000)}</t></is></c>`;
    const bytes = handmadeXlsx({
      sheets: [{ name: 'S', xml: sheet(`<row r="1">${['A', 'B', 'C'].map(cell).join('')}</row>`) }],
    });
    const err = await failureOf(bytes);
    expect(err.code).toBe('XLSX_ROW_TOO_LONG');
    expect(err.details).toMatchObject({ line: 1 });
  });

  it('refuses a zip with more entries than any workbook has (entry bomb)', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`../../x/${i}`] = new Uint8Array();
    files['[Content_Types].xml'] = strToU8('<Types/>');
    expect((await failureOf(Buffer.from(zipSync(files)))).code).toBe('XLSX_TOO_LARGE');
  });

  it('refuses a sheet part that inflates like a bomb, before inflating it', async () => {
    const bytes = handmadeXlsx({ sheets: [{ name: 'S', xml: sheet('<row/>'.repeat(4_000_000)) }] });
    expect(bytes.length).toBeLessThan(1_000_000);
    const err = await failureOf(bytes);
    expect(err.code).toBe('XLSX_TOO_LARGE');
    expect(err.details).toMatchObject({ entry: 'xl/sheets/hoja1.xml' });
  });
});
