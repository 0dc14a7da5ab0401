import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { finishedUploadJob, multipart, uploadAndWait } from '../../../test/upload-helpers';

async function xlsxFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Resumen').addRow(['Este libro tiene las ventas en la hoja Ventas']);
  const sheet = workbook.addWorksheet('Ventas');
  sheet.addRow(['Fecha', 'Boleta', 'Código', 'Producto', 'Cant.', 'Monto']);
  const rows: Array<[Date, number, string, string, number, number]> = [
    [new Date(Date.UTC(2025, 9, 8, 18, 57)), 12554, '00204', 'Merluza sin piel', 1.088, 6400],
    [new Date(Date.UTC(2025, 9, 8, 18, 57)), 12554, 'A-1', 'Arándano 1 kg', 2, 8908],
    [new Date(Date.UTC(2025, 9, 9, 9, 5)), 12555, 'A-1', 'Arándano 1 kg', 1, 4454],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).numFmt = 'dd/mm/yyyy hh:mm';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('uploads: formats, preview, templates and hostile input', () => {
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

  const preview = async (
    file: { name: string; content: Buffer | string },
    fields: Record<string, string> = {},
  ) => {
    const body = multipart(file, fields);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${companyId}/uploads/preview`,
      headers: { ...bearer(token), ...body.headers },
      payload: body.payload,
    });
  };

  it('previews a file: encoding, delimiter, header, columns with formats, 20 lines parsed as the import will', async () => {
    const res = await preview(posFile());
    expect(res.statusCode).toBe(200);
    const { detected, rows } = res.json().data;
    expect(detected).toMatchObject({
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      header_line: 2,
    });
    const total = detected.columns.find((c: { name: string }) => c.name === 'Total neto');
    expect(total).toMatchObject({ field: 'in_price_total', type: 'number' });
    expect(total.number).toMatchObject({ thousands: '.', currency: '$' });
    expect(detected.columns.find((c: { name: string }) => c.name === 'Fecha venta').date.pattern).toMatch(
      /^dd\/mm\/yyyy/,
    );
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      line: 3,
      outcome: 'accepted',
      values: { in_trans_id: '1001', in_price_total: 9980 },
    });
    expect(rows[5]).toMatchObject({ line: 8, outcome: 'rejected' });
    expect(rows[5].issues[0]).toMatchObject({ code: 'INVALID_NUMBER', column: 'Cantidad' });
    expect(rows[7]).toMatchObject({ outcome: 'skipped' });
    // A preview imports nothing.
    const count = await t.owner.pool.query(
      'select count(*)::int as n from sale_lines where company_id = $1',
      [companyId],
    );
    expect(count.rows[0].n).toBe(0);
  });

  it('reads the named sheet of an XLSX file, Excel dates included', async () => {
    const upload = await uploadAndWait(
      t.app,
      token,
      companyId,
      { name: 'ventas.xlsx', content: await xlsxFile() },
      { sheet: 'Ventas' },
    );
    expect(upload.status).toBe('completed');
    expect(upload.detected.format).toBe('xlsx');
    expect(upload.rows).toMatchObject({ accepted: 3, rejected: 0, inserted: 3 });
    const lines = await t.owner.pool.query(
      `select sku, quantity::float8 as q, total::float8 as total, sold_at from sale_lines
       where company_id = $1 and upload_id = $2 order by document_id, sku`,
      [companyId, upload.id],
    );
    expect(lines.rows.map((l) => [l.sku, l.q, l.total])).toEqual([
      ['00204', 1.088, 6400],
      ['A-1', 2, 8908],
      ['A-1', 1, 4454],
    ]);
    // 18:57 on the wall clock in Santiago (UTC-3 in October).
    expect(lines.rows[0].sold_at.toISOString()).toBe('2025-10-08T21:57:00.000Z');

    const missing = await uploadAndWait(
      t.app,
      token,
      companyId,
      { name: 'ventas.xlsx', content: await xlsxFile() },
      { sheet: 'Nope' },
    );
    expect(missing.status).toBe('failed');
    expect(missing.error.code).toBe('XLSX_SHEET_NOT_FOUND');
  });

  it('applies a saved template when the headers match, and names it', async () => {
    const csv =
      'Cuando;Doc;Art;Unidades;Plata\n01/09/2025 10:00;A1;X;2;1.000\n02/09/2025 11:00;A2;Y;1;2.500\n';
    const guessed = await preview({ name: 'raro.csv', content: csv });
    expect(guessed.statusCode).toBe(200);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${companyId}/mapping-templates`,
      headers: bearer(token),
      payload: {
        name: 'Sistema raro',
        headers: ['Cuando', 'Doc', 'Art', 'Unidades', 'Plata'],
        mapping: {
          Cuando: { field: 'in_dt' },
          Doc: { field: 'in_trans_id' },
          Art: { field: 'in_product_id' },
          Unidades: { field: 'in_quantity' },
          Plata: { field: 'in_price_total', number: { decimal: ',', thousands: '.' } },
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const upload = await uploadAndWait(t.app, token, companyId, { name: 'raro.csv', content: csv });
    expect(upload.status).toBe('completed');
    expect(upload.detected.template).toEqual({ id: created.json().data.id, name: 'Sistema raro' });
    expect(upload.rows).toMatchObject({ accepted: 2, inserted: 2 });
    const sum = await t.owner.pool.query(
      'select sum(total)::float8 as total from sale_lines where company_id = $1 and upload_id = $2',
      [companyId, upload.id],
    );
    expect(sum.rows[0].total).toBe(3500);
  });

  it('keeps lines with NUL bytes (which PostgreSQL text cannot hold) and reports bad ones', async () => {
    const csv = [
      'Fecha;Boleta;SKU;Descripción;Cantidad;Total;No\u0000ta',
      '05/10/2025 10:00;N-1;P-1;Caf\u0000é;1;1000;con\u0000nulo',
      '05/10/2025 10:05;N-2;P-2;Té;x\u0000;1000;',
    ].join('\n');
    const upload = await uploadAndWait(t.app, token, companyId, { name: 'nul.csv', content: `${csv}\n` });
    expect(upload.status).toBe('completed');
    expect(upload.rows).toMatchObject({ accepted: 1, rejected: 1, inserted: 1 });
    const stored = await t.owner.pool.query(
      'select product_name, extra from sale_lines where company_id = $1 and upload_id = $2',
      [companyId, upload.id],
    );
    expect(stored.rows).toEqual([{ product_name: 'Caf\uFFFDé', extra: { 'No\uFFFDta': 'con\uFFFDnulo' } }]);
    // A NUL in a header once made the template lookup fail as if the database were down: the job
    // retried with backoff instead of importing. Now it is imported on the first attempt.
    expect(await finishedUploadJob(t.owner.pool, upload.id)).toEqual({ attempts: 1, last_error: null });
  });

  it('random bytes, truncated and empty-looking files fail or reject cleanly, never crash', async () => {
    const noise = await uploadAndWait(t.app, token, companyId, {
      name: 'ruido.csv',
      content: randomBytes(200_000),
    });
    expect(['failed', 'completed']).toContain(noise.status);
    if (noise.status === 'failed') expect(noise.error.code).toEqual(expect.any(String));
    // Hostile bytes are the file's problem, never a job failure retried as if the database were down.
    expect(await finishedUploadJob(t.owner.pool, noise.id)).toEqual({ attempts: 1, last_error: null });

    const full = posFile().content;
    const cut = await uploadAndWait(t.app, token, companyId, {
      name: 'cortado.csv',
      content: full.subarray(0, full.length - 40),
    });
    expect(cut.status).toBe('completed');
    expect(cut.rows.accepted).toBeGreaterThan(0);

    const badZip = await uploadAndWait(t.app, token, companyId, {
      name: 'roto.xlsx',
      content: Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(5000)]),
    });
    expect(badZip.status).toBe('failed');
    expect(badZip.error.code).toBe('XLSX_UNREADABLE');
    expect(badZip.error.message_es).toEqual(expect.any(String));

    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
  }, 400_000);
});
