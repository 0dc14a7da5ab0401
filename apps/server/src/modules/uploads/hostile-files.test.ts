import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { MAX_RECORD_CHARS } from '@ayni/engine';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { finishedUploadJob, uploadAndWait } from '../../../test/upload-helpers';
import { readSource } from './import/source-records';
import { MAX_COLUMNS, MAX_SHARED_STRINGS, MAX_ZIP_ENTRIES } from './sources/source-limits';
import { handmadeXlsx } from './sources/xlsx-test-package';

const HEADER = 'Fecha;Boleta;SKU;Descripción;Cantidad;Total\n';
const line = (i: number) =>
  `05/10/2025 10:${String(i % 60).padStart(2, '0')};N-${i};P-${i % 7};Café ${i % 7};1;${1000 + i}\n`;

/** `total` bytes of `filler` after `head`, made chunk by chunk: never the whole in memory. */
function endlessLine(head: string, total: number): Readable {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  return new Readable({
    read() {
      if (sent === 0) this.push(Buffer.from(head));
      if (sent >= total) return void this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

describe('hostile files end as clear file errors, once, and the server stays healthy', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db);
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  /** Uploads, waits, and checks the job ran exactly once (a file error is never retried). */
  async function upload(name: string, content: Buffer | string) {
    const view = await uploadAndWait(t.app, token, companyId, { name, content });
    expect(await finishedUploadJob(t.owner.pool, view.id)).toEqual({ attempts: 1, last_error: null });
    return view;
  }

  async function expectFailure(name: string, content: Buffer | string, code: string) {
    const view = await upload(name, content);
    expect(view.status).toBe('failed');
    expect(view.error).toMatchObject({ code, message: expect.any(String), message_es: expect.any(String) });
    expect(view.error.message).not.toBe(view.error.message_es);
    return view;
  }

  it('a gzip of 10 MB of zeros fails as binary; a gzip bomb of CSV lines stops at the ratio cap', async () => {
    await expectFailure('ceros.csv.gz', gzipSync(Buffer.alloc(10 * 1024 * 1024)), 'BINARY_FILE');
    const row = `05/10/2025 10:00;N-1;P-1;${'Café molido '.repeat(16)};1;1000\n`;
    const bomb = gzipSync(Buffer.from(HEADER + row.repeat(Math.ceil((64 * 1024 * 1024) / row.length))));
    const view = await expectFailure('bomba.csv.gz', bomb, 'GZIP_TOO_LARGE');
    expect(view.error.message_es).toMatch(/bomba de descompresión/);
  });

  it('a line without a line break stops at the record cap', async () => {
    const content = Buffer.concat([Buffer.from(HEADER + line(1)), Buffer.alloc(MAX_RECORD_CHARS * 3, 'x')]);
    const view = await expectFailure('sin-saltos.csv', content, 'RECORD_TOO_LONG');
    expect(view.error.message_es).toMatch(/línea 3/);
  });

  it('the reader gives up on a 1 GB line after a few megabytes (streamed, never held)', async () => {
    const source = endlessLine(HEADER + line(1), 1024 * 1024 * 1024);
    const reading = await readSource(source);
    let records = 0;
    const err = await (async () => {
      for await (const _record of reading.records) records++;
    })().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'RECORD_TOO_LONG' });
    expect(records).toBeLessThanOrEqual(2); // the header and the first line, nothing held after
    expect(reading.bytesRead()).toBeLessThan(3 * MAX_RECORD_CHARS + 1024 * 1024);
    source.destroy();
  });

  it('binary data named .csv fails as binary', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(300_000)]);
    await expectFailure('foto.csv', png, 'BINARY_FILE');
  });

  it('an XLSX with a huge shared string table fails at the count cap', async () => {
    const strings = Array.from({ length: MAX_SHARED_STRINGS + 1 }, (_, i) => `<t>${i.toString(36)}</t>`);
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const bytes = handmadeXlsx({
      sheets: [{ name: 'Ventas', xml: sheet }],
      sharedStrings: strings,
      level: 1,
    });
    await expectFailure('textos.xlsx', bytes, 'XLSX_TOO_MANY_STRINGS');
  }, 180_000);

  it('a zip with an entry bomb (and paths outside the folder) fails without unpacking', async () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8('<Types/>') };
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++)
      files[`../../../tmp/${'d/'.repeat(20)}${i}`] = new Uint8Array(1);
    await expectFailure('entradas.xlsx', Buffer.from(zipSync(files)), 'XLSX_TOO_LARGE');
  });

  it(`${MAX_COLUMNS * 10} columns fail with a column cap`, async () => {
    const wide = Array.from({ length: MAX_COLUMNS * 10 }, (_, i) => `c${i}`).join(';');
    const view = await expectFailure('ancho.csv', `${wide}\n${wide}\n`, 'TOO_MANY_COLUMNS');
    expect(view.error.message_es).toContain(String(MAX_COLUMNS));
  });

  it('a quote that never closes, or nested and unbalanced quotes, cannot swallow the file', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => line(i + 2));
    rows[0] = `05/10/2025 10:00;N-1;P-1;"Café ""grano"" ""sin cerrar;1;1000\n`;
    rows[1] = `05/10/2025 10:00;N-1b;P-1;${'"'.repeat(5000)};1;1000\n`;
    const view = await upload('comillas.csv', HEADER + rows.join(''));
    expect(view.status).toBe('completed');
    // Every line after the stray quotes is read as its own record.
    expect(view.rows.accepted).toBeGreaterThanOrEqual(29_998);
  });

  it('the server is still healthy afterwards', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
  });
});
