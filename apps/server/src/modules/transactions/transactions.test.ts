import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

/** The same sales twice: as a Chilean POS export (CSV) and as pushed JSON lines. */
const CSV = [
  'Fecha;Boleta;SKU;Producto;Categoria;Cantidad;Total;Costo unitario;Cliente;Sucursal;Comisión',
  '15-01-2025 10:30;1001;A1;Café grano 1 kg;Café;2;25.980;8.000;76.111.111-1;Centro;260',
  '15-01-2025 10:30;1001;B2;Leche;Lácteos;1,5;1.485;600;76.111.111-1;Centro;14,85',
  '15-01-2025 18:05;1002;A1;Café grano 1 kg;Café;1;12.990;8.000;;Centro;',
  '16-01-2025 09:00;1003;B2;Leche;Lácteos;3;2.970;600;12.345.678-5;Sur;30',
  '17-01-2025 12:45;1004;A1;Café grano 1 kg;Café;-1;-12.990;8.000;76.111.111-1;Centro;-130',
  '17-01-2025 12:50;1005;C3;Pan "amasado";Panadería;10;2.500;120;;Sur;25',
].join('\n');

const JSON_LINES = [
  [
    '2025-01-15 10:30',
    '1001',
    'A1',
    'Café grano 1 kg',
    'Café',
    2,
    25980,
    8000,
    '76.111.111-1',
    'Centro',
    260,
  ],
  ['2025-01-15 10:30', '1001', 'B2', 'Leche', 'Lácteos', 1.5, 1485, 600, '76.111.111-1', 'Centro', 14.85],
  ['2025-01-15 18:05', 1002, 'A1', 'Café grano 1 kg', 'Café', '1', '12990', 8000, null, 'Centro', null],
  ['2025-01-16 09:00', '1003', 'B2', 'Leche', 'Lácteos', 3, 2970, 600, '12.345.678-5', 'Sur', '30'],
  [
    '2025-01-17 12:45',
    '1004',
    'A1',
    'Café grano 1 kg',
    'Café',
    -1,
    -12990,
    8000,
    '76.111.111-1',
    'Centro',
    -130,
  ],
  ['2025-01-17 12:50', '1005', 'C3', 'Pan "amasado"', 'Panadería', 10, 2500, 120, null, 'Sur', 25],
].map(([dt, trans, sku, name, category, qty, total, cost, customer, location, commission]) => ({
  in_dt: dt,
  in_trans_id: trans,
  in_product_id: sku,
  in_description: name,
  in_category: category,
  in_quantity: qty,
  in_price_total: total,
  in_cost_unit: cost,
  in_customer_id: customer,
  in_location: location,
  in_commission: commission,
}));

describe('push ingestion (POST /transactions)', () => {
  let t: TestApp;
  let pushed: Awaited<ReturnType<typeof createOwner>>;
  let uploaded: Awaited<ReturnType<typeof createOwner>>;
  let key: string;
  let url: string;

  const push = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { 'x-api-key': key, ...headers },
      payload: payload as object,
    });

  beforeAll(async () => {
    t = await buildTestApp();
    pushed = await createOwner(t.db, 'Push');
    uploaded = await createOwner(t.db, 'Archivo');
    const owner = await loginAs(t.app, pushed.email, pushed.password);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${pushed.company.id}/api-keys`,
      headers: bearer(owner),
      payload: { name: 'POS', scopes: ['uploads:write'] },
    });
    key = created.json().data.key;
    url = `/api/v1/companies/${pushed.company.id}/transactions`;
  });
  afterAll(() => t.close());

  it('stores exactly the sale lines and features a CSV upload of the same sales stores', async () => {
    const res = await push({ lines: JSON_LINES });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      status: 'completed',
      rejections: [],
      rows: { accepted: 6, inserted: 6 },
    });

    const token = await loginAs(t.app, uploaded.email, uploaded.password);
    const file = await uploadAndWait(t.app, token, uploaded.company.id, { name: 'ventas.csv', content: CSV });
    expect(file.status).toBe('completed');

    const lines = (companyId: string) =>
      t.owner.pool
        .query(
          `select document_id, line_no, sku, occurrence, sold_at, location_name, product_name, category, customer_id,
             unit, quantity, unit_price, total, is_return, trans_type, document_type, stock, cost_unit, cost_total,
             discount_total, margin, commission, extra, source_line
           from sale_lines where company_id = $1 order by document_id, line_no, sku, occurrence`,
          [companyId],
        )
        .then((r) => r.rows);
    const features = (companyId: string) =>
      t.owner.pool
        .query(
          `select level, entity, period, period_start, period_end, values from feature_rows
           where company_id = $1 order by level, entity, period`,
          [companyId],
        )
        .then((r) => r.rows);
    const fromPush = await lines(pushed.company.id);
    expect(fromPush).toHaveLength(6);
    expect(fromPush.map((line) => line.commission)).toEqual([
      '260.00',
      '14.85',
      null,
      '30.00',
      '-130.00',
      '25.00',
    ]);
    expect(fromPush).toEqual(await lines(uploaded.company.id));
    const pushedFeatures = await features(pushed.company.id);
    expect(pushedFeatures.length).toBeGreaterThan(10);
    expect(pushedFeatures).toEqual(await features(uploaded.company.id));
  });

  it('appears in the upload history as api-<date>.json, append, audited with the key', async () => {
    const res = await push({ lines: JSON_LINES.slice(0, 1) });
    expect(res.statusCode).toBe(200);
    const id = res.json().data.upload_id;
    const view = await t.app.inject({
      method: 'GET',
      url: res.json().data.status_url,
      headers: { 'x-api-key': key },
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().data).toMatchObject({ status: 'completed', mode: 'append' });
    expect(view.json().data.filename).toMatch(/^api-\d{4}-\d{2}-\d{2}\.json$/);
    // Pushing the same line again changes nothing: the natural key deduplicates it.
    expect(res.json().data.rows).toMatchObject({ inserted: 0, unchanged: 1 });

    const audit = await t.owner.pool.query(
      "select user_id, metadata from audit_log where company_id = $1 and action = 'upload.created' and target_id = $2",
      [pushed.company.id, id],
    );
    expect(audit.rows[0].user_id).toBeNull();
    expect(audit.rows[0].metadata).toMatchObject({ source: 'api', api_key: { name: 'POS' } });
  });

  it('answers each refused line by its index, field and code in both languages', async () => {
    const good = { ...JSON_LINES[0], in_trans_id: '2001' };
    const res = await push({
      lines: [
        good,
        { ...good, in_trans_id: '2002', in_dt: 'ayer' },
        { ...good, in_trans_id: '2003', in_description: 'dos\nlíneas' },
        { ...good, in_trans_id: '2004', in_quantity: null },
      ],
    });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data.rows).toMatchObject({ accepted: 2, rejected: 2 });
    const byIndex = new Map(data.rejections.map((r: { index: number }) => [r.index, r]));
    expect([...byIndex.keys()].sort()).toEqual([1, 3]);
    expect(byIndex.get(1)).toMatchObject({ severity: 'rejected', field: 'in_dt' });
    for (const r of data.rejections) {
      expect(r.code).toMatch(/^[A-Z_]+$/);
      expect(r.message_es).not.toBe('');
      expect(r.message_en).not.toBe('');
    }
  });

  it('replays the stored answer for the same Idempotency-Key and body, and refuses another body', async () => {
    const body = { lines: [{ ...JSON_LINES[1], in_trans_id: '3001' }] };
    const first = await push(body, { 'idempotency-key': 'pos-batch-1' });
    expect(first.statusCode).toBe(200);
    const again = await push(body, { 'idempotency-key': 'pos-batch-1' });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().data).toEqual(first.json().data);
    const uploads = await t.owner.pool.query(
      'select count(*)::int as n from uploads where company_id = $1 and id = $2',
      [pushed.company.id, first.json().data.upload_id],
    );
    expect(uploads.rows[0].n).toBe(1);
    const count = await t.owner.pool.query(
      "select count(*)::int as n from audit_log where company_id = $1 and action = 'upload.created'",
      [pushed.company.id],
    );
    const conflict = await push(
      { lines: [{ ...JSON_LINES[1], in_trans_id: '3002' }] },
      { 'idempotency-key': 'pos-batch-1' },
    );
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.details[0].message).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = await t.owner.pool.query(
      "select count(*)::int as n from audit_log where company_id = $1 and action = 'upload.created'",
      [pushed.company.id],
    );
    expect(after.rows[0].n).toBe(count.rows[0].n);
  });

  it('takes at most 10,000 lines per call and refuses unknown fields', async () => {
    const line = JSON_LINES[0];
    const tooMany = await push({ lines: Array.from({ length: 10_001 }, () => line) });
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error.message).toContain('10000');
    const unknown = await push({ lines: [{ ...line, precio: 1 }] });
    expect(unknown.statusCode).toBe(400);
  });

  it('takes ISO date-times, reports a field missing from every line per line, and accepts a session too', async () => {
    const owner = await loginAs(t.app, pushed.email, pushed.password);
    const line = { ...JSON_LINES[0], in_trans_id: '4001', in_dt: '2025-02-03T08:15:00' };
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: bearer(owner),
      payload: { lines: [line] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'completed', rows: { accepted: 1 }, rejections: [] });
    const stored = await t.owner.pool.query(
      "select to_char(sold_at at time zone 'America/Santiago', 'YYYY-MM-DD HH24:MI') as at from sale_lines where company_id = $1 and document_id = '4001'",
      [pushed.company.id],
    );
    expect(stored.rows).toEqual([{ at: '2025-02-03 08:15' }]);

    const { in_quantity: _, ...noQuantity } = { ...JSON_LINES[1], in_trans_id: '4002' };
    const missing = await push({ lines: [noQuantity, { ...noQuantity, in_trans_id: '4003' }] });
    expect(missing.statusCode).toBe(200);
    expect(missing.json().data.status).toBe('completed');
    expect(missing.json().data.rejections).toMatchObject([
      { index: 0, field: 'in_quantity', code: 'MISSING_REQUIRED' },
      { index: 1, field: 'in_quantity', code: 'MISSING_REQUIRED' },
    ]);
  });

  it('answers 409 while a request with the same key still runs, and retakes a claim abandoned long ago', async () => {
    const body = { lines: [{ ...JSON_LINES[0], in_trans_id: '5001' }] };
    expect((await push(body, { 'idempotency-key': 'running' })).statusCode).toBe(200);
    // As if that first request were still importing (its answer not stored yet).
    const claim =
      "update idempotency_keys set status_code = 0, created_at = now() - $2::interval where company_id = $1 and key = 'running'";
    await t.owner.pool.query(claim, [pushed.company.id, '1 second']);
    const running = await push(body, { 'idempotency-key': 'running' });
    expect(running.statusCode).toBe(409);
    expect(running.json().error.details[0].message).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');

    // A claim left by a request that died 20 minutes ago no longer blocks the key.
    await t.owner.pool.query(claim, [pushed.company.id, '20 minutes']);
    const retaken = await push(body, { 'idempotency-key': 'running' });
    expect(retaken.statusCode).toBe(200);
    expect(retaken.headers['idempotent-replayed']).toBeUndefined();
    expect(retaken.json().data.rows).toMatchObject({ unchanged: 1, inserted: 0 });
  });

  it('imports a full batch of 10,000 lines in one call', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => ({
      in_dt: `2025-03-${String((i % 28) + 1).padStart(2, '0')} 12:00`,
      in_trans_id: `B${Math.floor(i / 4)}`,
      in_product_id: `SKU-${i % 97}`,
      in_description: `Producto ${i % 97}`,
      in_quantity: (i % 5) + 1,
      in_price_total: ((i % 5) + 1) * 990,
      in_customer_id: `C${i % 300}`,
    }));
    const res = await push({ lines });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      status: 'completed',
      rejections: [],
      rows: { accepted: 10_000 },
    });
  }, 120_000);
});
