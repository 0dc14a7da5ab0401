import { Readable } from 'node:stream';
import { inCompany, insertReport } from '@ayni/db';
import { FEATURE_LEVELS, featuresOfLevel } from '@ayni/engine';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../../test/fixtures/pos-export';
import {
  bearer,
  buildTestApp,
  createOwner,
  eventually,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../../test/helpers';
import { uploadAndWait } from '../../../../test/upload-helpers';
import { purgeDeletedCompanies } from '../../companies/company-deletion.service';
import { purgeRawFiles } from '../raw-file-retention';

interface FileItem {
  name: string;
  level: string | null;
  content_type: string;
  size_bytes: number;
  rows: number;
  ready: true;
  download_url: string;
}

/** RFC 4180 records of a CSV document (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

describe('upload files: every level as CSV and levels.xlsx, after each completed upload', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  let uploadId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db);
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, posFile());
    expect(upload.status).toBe('completed');
    uploadId = upload.id;
  });
  afterAll(() => t.close());

  const list = (id = uploadId, tok = token) =>
    t.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}/files`, headers: bearer(tok) });
  const download = (name: string, id = uploadId, tok = token) =>
    t.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}/files/${name}`, headers: bearer(tok) });
  const whenReady = (id = uploadId, tok = token) =>
    eventually(async () => {
      const body = (await list(id, tok)).json();
      return body.meta.status === 'ready'
        ? (body as { data: FileItem[]; meta: { status: string } })
        : undefined;
    }, 20_000);

  it('lists every level as CSV, then the workbook, each with a download link', async () => {
    const res = await whenReady();
    expect(res.meta).toMatchObject({ status: 'ready', expected: FEATURE_LEVELS.length + 1 });
    expect(res.data.map((f) => f.name)).toEqual([...FEATURE_LEVELS.map((l) => `${l}.csv`), 'levels.xlsx']);
    for (const file of res.data) {
      expect(file.ready).toBe(true);
      expect(file.download_url).toBe(`/api/v1/uploads/${uploadId}/files/${file.name}`);
      expect(file.size_bytes).toBeGreaterThan(0);
    }
    expect(res.data.find((f) => f.name === 'month.csv')).toMatchObject({
      level: 'month',
      content_type: 'text/csv; charset=utf-8',
      rows: 1,
    });
    expect(res.data.find((f) => f.name === 'levels.xlsx')?.level).toBeNull();
    // Five lines, three products, three days: the fixture's shape in the levels.
    expect(res.data.find((f) => f.name === 'day.csv')?.rows).toBe(3);
    expect(res.data.find((f) => f.name === 'product.csv')?.rows).toBe(3);
  });

  it('month.csv: BOM, catalog header, the hand-computed October revenue', async () => {
    const res = await download('month.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ventas_octubre-month.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const files = (await list()).json().data as FileItem[];
    expect(res.rawPayload.length).toBe(files.find((f) => f.name === 'month.csv')?.size_bytes);
    const [header, ...rows] = parseCsv(res.rawPayload.toString('utf8').slice(1));
    expect(header).toEqual(featuresOfLevel('month'));
    expect(rows).toHaveLength(1);
    const october = Object.fromEntries((header as string[]).map((c, i) => [c, rows[0]?.[i]]));
    // 9.980 + 2.490 + 4.990 + 11.238 − 2.490 (credit note) = 26.208 (see metrics.test.ts)
    expect(october).toMatchObject({ period: '2025-10', revenue: '26208', transactions: '2', returns: '1' });
  });

  it('product.csv keeps the accents (UTF-8)', async () => {
    const text = (await download('product.csv')).rawPayload.toString('utf8');
    expect(text).toContain('Ñoquis 500 g');
  });

  it("levels.xlsx opens with exceljs: a sheet per level with the CSVs' row counts", async () => {
    const files = (await list()).json().data as FileItem[];
    const res = await download('levels.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...FEATURE_LEVELS]);
    let total = 0;
    for (const level of FEATURE_LEVELS) {
      const sheet = workbook.getWorksheet(level) as ExcelJS.Worksheet;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header, level).toEqual(featuresOfLevel(level));
      const csvRows = files.find((f) => f.name === `${level}.csv`)?.rows;
      expect(sheet.actualRowCount - 1, level).toBe(csvRows);
      total += csvRows ?? 0;
    }
    expect(files.find((f) => f.name === 'levels.xlsx')?.rows).toBe(total);
    const month = workbook.getWorksheet('month') as ExcelJS.Worksheet;
    const revenueColumn = featuresOfLevel('month').indexOf('revenue') + 1;
    expect(month.getRow(2).getCell(revenueColumn).value).toBe(26208);
  });

  it("answers 404 to another company's user, on the list and on each file", async () => {
    const other = await createOwner(t.db, 'Otra');
    const otherToken = await loginAs(t.app, other.email, other.password);
    for (const res of [
      await list(uploadId, otherToken),
      await download('month.csv', uploadId, otherToken),
      await download('levels.xlsx', uploadId, otherToken),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await download('nope.csv')).statusCode).toBe(404);
    expect((await download('..%2Fsecret.csv')).statusCode).toBe(400);
  });

  it('survives the raw-file retention sweep (processed data, not originals)', async () => {
    await purgeRawFiles({
      db: t.db,
      storage: t.storage,
      log: silentLog,
      rawFileRetentionDays: 15,
      clock: () => Date.now() + 60 * 86_400_000,
    });
    const raw = await t.owner.pool.query('select raw_deleted_at from uploads where id = $1', [uploadId]);
    expect(raw.rows[0].raw_deleted_at).toBeInstanceOf(Date);
    expect((await list()).json().data).toHaveLength(FEATURE_LEVELS.length + 1);
    expect((await download('day.csv')).statusCode).toBe(200);
  });

  it('builds its own set for each upload; deleting an upload removes its files (rows and storage)', async () => {
    const second = await uploadAndWait(t.app, token, owner.company.id, posFile());
    await whenReady(second.id);
    const keys = async (id: string) =>
      (
        await t.owner.pool.query<{ storage_key: string }>(
          'select storage_key from upload_files where upload_id = $1',
          [id],
        )
      ).rows.map((r) => r.storage_key);
    const secondKeys = await keys(second.id);
    expect(secondKeys).toHaveLength(FEATURE_LEVELS.length + 1);
    for (const key of secondKeys) expect(await t.storage.exists(key)).toBe(true);

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/uploads/${second.id}`,
      headers: bearer(token),
    });
    expect(deleted.statusCode).toBe(200);
    expect(await keys(second.id)).toEqual([]);
    for (const key of secondKeys) expect(await t.storage.exists(key)).toBe(false);
    const after = (await list(second.id)).json();
    expect(after.data).toEqual([]);
    expect(after.meta.status).toBe('none');
    expect((await download('month.csv', second.id)).statusCode).toBe(404);
    // The first upload's files are untouched.
    expect((await list()).json().data).toHaveLength(FEATURE_LEVELS.length + 1);
  });

  it("the company purge deletes every upload's stored files", async () => {
    const gone = await createOwner(t.db, 'Borrada');
    const goneToken = await loginAs(t.app, gone.email, gone.password);
    const upload = await uploadAndWait(t.app, goneToken, gone.company.id, posFile());
    await whenReady(upload.id, goneToken);
    const stored = (
      await t.owner.pool.query<{ storage_key: string }>(
        'select storage_key from upload_files where company_id = $1',
        [gone.company.id],
      )
    ).rows.map((r) => r.storage_key);
    expect(stored).toHaveLength(FEATURE_LEVELS.length + 1);
    // A PDF report the company had built goes too.
    const pdfKey = `${gone.company.id}/reports/informe.pdf`;
    await t.storage.put(pdfKey, Readable.from([Buffer.from('%PDF-1.7 informe')]));
    await inCompany(t.db.db, gone.company.id, (tx) =>
      insertReport(tx, gone.company.id, {
        role: 'owner',
        periodKind: 'month',
        period: '2025-10',
        language: 'es',
        status: 'completed',
        storageKey: pdfKey,
      }),
    );
    stored.push(pdfKey);
    expect(await t.storage.exists(pdfKey)).toBe(true);
    await t.owner.pool.query(
      `update companies set deleted_at = now() - interval '31 days', purge_after = now() - interval '1 day'
       where id = $1`,
      [gone.company.id],
    );
    await purgeDeletedCompanies(t.db.db, silentLog, t.storage);
    for (const key of stored) expect(await t.storage.exists(key)).toBe(false);
    const rows = await t.owner.pool.query(
      'select count(*)::int as n from upload_files where company_id = $1',
      [gone.company.id],
    );
    expect(rows.rows[0].n).toBe(0);
  });
});
