import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { WARNING_SAMPLE_LIMIT } from './import/file-warnings';

// More lines without a customer than the import stores warnings of one code: the count must
// still be exact. Line numbers count the header as line 1.
const WITHOUT_CUSTOMER = WARNING_SAMPLE_LIMIT + 200;

function notesFile() {
  const lines = ['Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente'];
  for (let i = 1; i <= WITHOUT_CUSTOMER; i++) lines.push(`05/10/2025 10:00;${i};P-01;1;1000;`);
  lines.push('06/10/2025 11:00;A-1;P-02;2;5000;11.111.111-1'); // line 1202
  lines.push('06/10/2025 11:00;A-1;P-02;2;5000;11.111.111-1'); // 1203: identical to 1202
  lines.push('06/10/2025 12:00;A-2;P-01;20000;20000000;11.111.111-1'); // 1204: a huge quantity
  lines.push('TOTAL;;;;20011000;'); // 1205: totals row, skipped
  return { name: 'notas.csv', content: `${lines.join('\r\n')}\r\n` };
}

describe('upload notes: why lines were warned or skipped', () => {
  let t: TestApp;
  let token: string;
  let uploadId: string;
  const get = (path: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/uploads/${uploadId}/${path}`, headers: bearer(token) });

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db);
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, notesFile());
    expect(upload.status).toBe('completed');
    expect(upload.rows).toMatchObject({ total: 1204, accepted: 1203, skipped: 1, rejected: 0 });
    uploadId = upload.id;
  });
  afterAll(() => t.close());

  it('counts every warned line per reason, beyond the sample kept, with examples', async () => {
    const res = await get('warnings');
    expect(res.statusCode).toBe(200);
    const notes = res.json().data;
    expect(notes.map((n: { code: string }) => n.code)).toEqual([
      'MISSING_OPTIONAL',
      'DUPLICATE_LINE',
      'QUANTITY_OUT_OF_RANGE',
      'TOTALS_ROW',
    ]);
    const [missing, duplicate, quantity, totals] = notes;
    expect(missing).toMatchObject({
      severity: 'warning',
      lines: WITHOUT_CUSTOMER,
      listed: WARNING_SAMPLE_LIMIT,
    });
    expect(missing.examples.map((e: { line: number }) => e.line)).toEqual([2, 3, 4]);
    expect(missing.examples[0]).toMatchObject({ column: 'RUT cliente' });
    expect(missing.examples[0].message_es).toContain('"RUT cliente"');
    expect(missing.examples[0].message_en).toContain('"RUT cliente"');
    expect(duplicate).toMatchObject({ severity: 'warning', lines: 1, listed: 1 });
    expect(duplicate.examples[0].line).toBe(1203);
    expect(quantity).toMatchObject({ severity: 'warning', lines: 1, listed: 1 });
    expect(quantity.examples[0]).toMatchObject({ line: 1204, column: 'Cantidad' });
    expect(totals).toMatchObject({ severity: 'skipped', lines: 1, listed: 1 });
    expect(totals.examples[0].line).toBe(1205);
    // Skipped lines keep their text; warned lines are stored without it.
    expect(totals.examples[0].original_text).toBe('TOTAL;;;;20011000;');
    expect(missing.examples[0].original_text).toBeNull();
  });

  it('has no rejections when every line was accepted', async () => {
    const res = await get('rejections');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
  });

  it('lists the warned and skipped lines as CSV, the original text of skipped ones', async () => {
    const res = await get('warnings.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('notas-advertencias.csv');
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('line,kind,column,code,message_es,message_en,original_text');
    // The sample of the first code, one line each of the others.
    expect(rows).toHaveLength(1 + WARNING_SAMPLE_LIMIT + 3);
    expect(rows.filter((row) => row.includes(',MISSING_OPTIONAL,'))).toHaveLength(WARNING_SAMPLE_LIMIT);
    expect(rows.find((row) => row.includes(',TOTALS_ROW,'))).toMatch(/^1205,skipped,.*TOTAL;;;;20011000;/);
    expect(rows.find((row) => row.includes(',DUPLICATE_LINE,'))).toMatch(/^1203,warning,/);
  });

  it('answers 404 for an upload of another company', async () => {
    const other = await createOwner(t.db);
    const otherToken = await loginAs(t.app, other.email, other.password);
    for (const path of ['warnings', 'warnings.csv', 'rejections']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/uploads/${uploadId}/${path}`,
        headers: bearer(otherToken),
      });
      expect(res.statusCode).toBe(404);
    }
  });
});

function rejectionsFile() {
  const lines = ['Fecha venta;N° doc. venta;SKU;Cantidad;Precio;Total neto'];
  lines.push('05/10/2025 10:00;1;P-01;1;1000;1000'); // 2: fine
  lines.push('05/10/2025 10:00;2;P-01;uno;1000;1000'); // 3: quantity
  lines.push('05/10/2025 10:00;3;P-01;1;mil;mil'); // 4: price and total, one line
  lines.push('32/10/2025 10:00;4;P-01;1;1000;1000'); // 5: date
  lines.push('05/10/2025 10:00;5;;1;1000;1000'); // 6: product missing
  lines.push('05/10/2025 10:00;6;P-02;dos;1000;1000'); // 7: quantity
  lines.push('05/10/2025 11:00;7;P-02;2;1000;2000'); // 8: fine
  return { name: 'rechazos.csv', content: `${lines.join('\r\n')}\r\n` };
}

describe('upload rejections: why lines were not imported', () => {
  let t: TestApp;
  let token: string;
  let uploadId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db);
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, rejectionsFile());
    expect(upload.status).toBe('completed');
    expect(upload.rows).toMatchObject({ total: 7, accepted: 2, rejected: 5 });
    uploadId = upload.id;
  });
  afterAll(() => t.close());

  it('groups the rejected lines by reason, a line once per reason, with their original text', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${uploadId}/rejections`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    const notes = res.json().data;
    expect(notes.map((n: { code: string; lines: number }) => [n.code, n.lines])).toEqual([
      ['INVALID_NUMBER', 3],
      ['INVALID_DATE', 1],
      ['MISSING_REQUIRED', 1],
    ]);
    const [number, date, missing] = notes;
    // Line 4 fails in two columns: two issues, one line.
    expect(number).toMatchObject({ severity: 'rejected', listed: 4 });
    expect(number.examples.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'Cantidad'],
      [4, 'Precio'],
      [4, 'Total neto'],
    ]);
    expect(number.examples[0].message_es).toContain('"uno"');
    expect(number.examples[0].message_en).toContain('"uno"');
    expect(number.examples[0].original_text).toBe('05/10/2025 10:00;2;P-01;uno;1000;1000');
    expect(date.examples[0]).toMatchObject({
      line: 5,
      column: 'Fecha venta',
      original_text: '32/10/2025 10:00;4;P-01;1;1000;1000',
    });
    expect(missing.examples[0]).toMatchObject({ line: 6, column: 'SKU' });
  });
});
