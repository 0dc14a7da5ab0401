import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POS_LINES, posFile } from '../../../test/fixtures/pos-export';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { postUpload, uploadAndWait } from '../../../test/upload-helpers';

describe('uploads: a real POS export in, every line accounted for', () => {
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

  const lines = async () =>
    (
      await t.owner.pool.query(
        `select document_id, sku, occurrence, line_no, quantity::float8 as quantity, total::float8 as total,
           unit_price::float8 as unit_price, is_return, product_name, category, sold_at, source_line
         from sale_lines where company_id = $1 order by document_id, sku, occurrence`,
        [companyId],
      )
    ).rows;

  it('imports the valid lines, rejects the bad ones with reasons and skips the totals row', async () => {
    const res = await postUpload(t.app, token, companyId, posFile());
    expect(res.statusCode).toBe(202);
    expect(res.json().data).toMatchObject({
      status: 'queued',
      status_url: `/api/v1/uploads/${res.json().data.id}`,
    });

    const upload = await uploadAndWait(t.app, token, companyId, posFile());
    expect(upload.status).toBe('completed');
    expect(upload.progress).toBe(100);
    // The second upload of the same file changes nothing.
    expect(upload.rows).toMatchObject({
      total: 8,
      accepted: 5,
      rejected: 2,
      skipped: 1,
      inserted: 0,
      unchanged: 5,
    });
    expect(upload.detected).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      header_line: 2,
    });

    const stored = await lines();
    expect(stored).toHaveLength(5);
    expect(stored.map((l) => [l.document_id, l.sku, l.occurrence, l.quantity, l.total])).toEqual([
      ['1001', 'P-01', 1, 2, 9980],
      ['1001', 'P-01', 2, 1, 4990],
      ['1001', 'P-02', 1, 1, 2490],
      ['1002', 'P-03', 1, 1.25, 11238],
      ['NC-1', 'P-02', 1, -1, -2490],
    ]);
    expect(stored.find((l) => l.document_id === 'NC-1')?.is_return).toBe(true);
    expect(stored.find((l) => l.sku === 'P-02')?.product_name).toBe('Ñoquis 500 g');
    expect(stored.find((l) => l.sku === 'P-03')?.category).toBe('Lácteos');
    // Naive times are America/Santiago (UTC-3 in October).
    expect(stored.find((l) => l.sku === 'P-03')?.sold_at.toISOString()).toBe('2025-10-06T21:40:00.000Z');

    const days = await t.owner.pool.query(
      `select day::text, gross_sales::float8 as gross, returns::float8 as returns, tickets, lines
       from daily_sales where company_id = $1 order by day`,
      [companyId],
    );
    expect(days.rows).toEqual([
      { day: '2025-10-05', gross: 17460, returns: 0, tickets: 1, lines: 3 },
      { day: '2025-10-06', gross: 11238, returns: 0, tickets: 1, lines: 1 },
      { day: '2025-10-07', gross: 0, returns: 2490, tickets: 0, lines: 1 },
    ]);

    // The dashboard reads the imported figures (a file without a unit column has no unit).
    const summary = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/dashboard/summary`,
      headers: bearer(token),
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().data.kpis).toMatchObject({ revenue: 26208, tickets: 2 });
    expect(summary.json().data.top_products[0]).toMatchObject({
      sku: 'P-01',
      name: 'Café molido 250 g',
      category: 'Almacén',
      revenue: 14970,
      unit: null,
    });
  });

  it('pages the history newest first through meta.next_before', async () => {
    const list = (url: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/companies/${companyId}${url}`, headers: bearer(token) });
    const all = (await list('/uploads')).json();
    expect(all.data.length).toBeGreaterThanOrEqual(2);
    expect(all.meta.next_before).toBeNull();
    const seen: string[] = [];
    let next = (await list('/uploads?limit=1')).json();
    for (let guard = 0; guard < 50; guard++) {
      seen.push(...next.data.map((u: { id: string }) => u.id));
      if (next.meta.next_before === null) break;
      next = (await list(`/uploads?limit=1&before=${next.meta.next_before}`)).json();
    }
    // A last full page may point at an empty one; together the pages are the whole history.
    expect(seen).toEqual(all.data.map((u: { id: string }) => u.id));
  });

  it('explains rejections as CSV, safe to open in a spreadsheet', async () => {
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${companyId}/uploads`,
        headers: bearer(token),
      })
    ).json();
    const first = list.data[list.data.length - 1];
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${first.id}/rejections.csv`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('line,column,code,message_es,message_en,original_text');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^8,Cantidad,INVALID_NUMBER,/);
    expect(rows[2]).toMatch(/^9,Fecha venta,INVALID_DATE,/);
    // The original text starts with '=': escaped with an apostrophe so it is never run as a formula.
    expect(rows[2]).toContain(`'=cmd|x;1004`);
  });

  it('updates changed lines, inserts new ones and records what changed per period', async () => {
    const changed = [...POS_LINES];
    changed[3] = '05/10/2025 10:15;1001;P-02;Ñoquis 500 g;Pastas;2;$ 2.490;$ 4.980;Boleta';
    changed.splice(8, 0, '09/10/2025 11:00;1005;P-01;Café molido 250 g;Almacén;1;$ 4.990;$ 4.990;Boleta');
    const upload = await uploadAndWait(t.app, token, companyId, posFile(changed));
    expect(upload.rows).toMatchObject({ accepted: 6, inserted: 1, updated: 1, unchanged: 4, deleted: 0 });
    expect((await lines()).find((l) => l.sku === 'P-02' && l.document_id === '1001')?.total).toBe(4980);

    const changes = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/uploads/${upload.id}/changes`,
        headers: bearer(token),
      })
    ).json().data;
    const month = changes.find((c: { period_type: string }) => c.period_type === 'month');
    expect(month).toMatchObject({
      period_start: '2025-10-01',
      lines_before: 5,
      lines_after: 6,
      inserted: 1,
      updated: 1,
    });
    const day5 = changes.find(
      (c: { period_type: string; period_start: string }) =>
        c.period_type === 'day' && c.period_start === '2025-10-05',
    );
    expect(day5).toMatchObject({ lines_before: 3, lines_after: 3, updated: 1, inserted: 0 });
    expect(changes.map((c: { period_type: string }) => c.period_type)).toEqual(
      expect.arrayContaining(['day', 'week', 'month', 'quarter', 'year']),
    );
  });

  it('replace mode swaps the lines of the file’s days for the file’s lines', async () => {
    const only = [POS_LINES[1] as string, POS_LINES[2] as string, POS_LINES[5] as string];
    const upload = await uploadAndWait(t.app, token, companyId, posFile(only), { mode: 'replace' });
    // Days 5–6 October: 1001/P-01#1 and 1002/P-03 stay; 1001/P-02 and 1001/P-01#2 go. 7 and 9 October are untouched.
    expect(upload.rows).toMatchObject({ accepted: 2, unchanged: 2, deleted: 2 });
    expect((await lines()).map((l) => `${l.document_id}/${l.sku}#${l.occurrence}`)).toEqual([
      '1001/P-01#1',
      '1002/P-03#1',
      '1005/P-01#1',
      'NC-1/P-02#1',
    ]);
  });

  it('an update that moves a line to another day counts it out of the old day and into the new', async () => {
    const moved = [
      POS_LINES[1] as string,
      '07/10/2025 11:00;1005;P-01;Café molido 250 g;Almacén;1;$ 4.990;$ 4.990;Boleta',
    ];
    const upload = await uploadAndWait(t.app, token, companyId, posFile(moved));
    expect(upload.rows).toMatchObject({ accepted: 1, updated: 1, inserted: 0, deleted: 0 });
    const changes: Array<{
      period_type: string;
      period_start: string;
      lines_before: number;
      lines_after: number;
    }> = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/uploads/${upload.id}/changes`,
        headers: bearer(token),
      })
    ).json().data;
    const day = (start: string) => changes.find((c) => c.period_type === 'day' && c.period_start === start);
    expect(day('2025-10-09')).toMatchObject({ lines_before: 1, lines_after: 0 });
    expect(day('2025-10-07')).toMatchObject({ lines_before: 1, lines_after: 2 });
    // Every period's "after" is what the lines table holds now.
    for (const change of changes) {
      const unit = change.period_type === 'week' ? 'week' : change.period_type;
      const counted = await t.owner.pool.query<{ n: number }>(
        `select count(*)::int as n from sale_lines
         where company_id = $1 and date_trunc($2, (sold_at at time zone 'America/Santiago'))::date = $3::date`,
        [companyId, unit, change.period_start],
      );
      expect({ ...change, lines_after: counted.rows[0]?.n }).toEqual(change);
    }
  });

  it('takes gzip and fails clearly on a file without the needed columns', async () => {
    const gz = await uploadAndWait(t.app, token, companyId, {
      name: 'ventas.csv.gz',
      content: gzipSync(posFile().content),
    });
    expect(gz.status).toBe('completed');
    expect(gz.detected.compressed).toBe(true);
    const bad = await uploadAndWait(t.app, token, companyId, {
      name: 'notas.csv',
      content: 'nombre;edad\nAna;3\nLuis;4\n',
    });
    expect(bad.status).toBe('failed');
    expect(bad.error.code).toBe('MISSING_REQUIRED_COLUMNS');
    // The fields named for people, with the codes a mapping uses.
    expect(bad.error.message_es).toContain('«Fecha y hora» (in_dt), «N° de documento» (in_trans_id)');
    expect(bad.error.message).toContain('«Date and time» (in_dt), «Document number» (in_trans_id)');
  });

  it('refuses files over the size limit with 413 and the limit in the message', async () => {
    const small = await buildTestApp({ db: t.db, startWorker: false, uploadMaxBytes: 1024 * 1024 });
    try {
      const res = await postUpload(small.app, token, companyId, {
        name: 'big.csv',
        content: Buffer.alloc(1024 * 1024 + 10, 0x41),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(res.json().error.message).toContain('1 MB');
    } finally {
      await small.close();
    }
  });

  it('validates the form: a file is required, mode and mapping must make sense', async () => {
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${companyId}/uploads`,
      headers: { ...bearer(token), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="mode"\r\n\r\nappend\r\n--x--\r\n',
    });
    expect(noFile.statusCode).toBe(400);
    const badMode = await postUpload(t.app, token, companyId, posFile(), { mode: 'merge' });
    expect(badMode.statusCode).toBe(400);
    const badMapping = await postUpload(t.app, token, companyId, posFile(), {
      mapping: '{"Fecha": {"field": "nope"}}',
    });
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().error.details[0].field).toBe('mapping');
  });
});
