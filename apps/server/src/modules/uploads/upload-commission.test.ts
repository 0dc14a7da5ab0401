import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

// A POS export with the seller's commission per line ("Total comisión", as the alsur export
// has it): blank on some lines, taken back by a credit note.
const OCTOBER = [
  'Fecha venta;Tipo documento;N° doc. venta;SKU;Cantidad;Total neto;Total comisión',
  '01/10/2025 10:00;Boleta;101;P-01;2;$ 8.908;89',
  '01/10/2025 10:00;Boleta;101;P-02;1;$ 4.370;43,7',
  '01/10/2025 12:30;Boleta;102;P-01;1;$ 4.454;',
  '02/10/2025 09:15;Factura;103;P-03;3;$ 13.109;131',
  '02/10/2025 17:40;Nota de crédito;104;P-01;1;$ 4.454;44,5',
].join('\r\n');
// Appended later: the features are then recomputed from the stored lines.
const NOVEMBER = [
  'Fecha venta;Tipo documento;N° doc. venta;SKU;Cantidad;Total neto;Total comisión',
  '03/11/2025 11:00;Boleta;201;P-02;2;$ 8.740;87,4',
  '03/11/2025 11:05;Boleta;202;P-03;1;$ 4.370;',
].join('\r\n');

describe('commission: read from the file, stored, summed at every level', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;
  const metrics = async (grain: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/metrics?grain=${grain}&from=2025-01-01&to=2025-12-31`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    return res.json().data as { period: string; commission: number | null; revenue: number }[];
  };
  /** What PostgreSQL sums from the stored lines, per local day. */
  const sqlPerDay = async () => {
    const rows = await t.owner.pool.query<{ day: string; commission: string | null }>(
      `select to_char(sold_at at time zone 'America/Santiago', 'YYYY-MM-DD') as day,
         sum(commission)::text as commission
       from sale_lines where company_id = $1 group by 1 order by 1`,
      [companyId],
    );
    return rows.rows.map((row) => [row.day, row.commission === null ? null : Number(row.commission)]);
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db);
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  it('maps «Total comisión» with no mapping given and stores it, negative on the credit note', async () => {
    const upload = await uploadAndWait(t.app, token, companyId, { name: 'octubre.csv', content: OCTOBER });
    expect(upload.status).toBe('completed');
    expect(upload.rows).toMatchObject({ accepted: 5, rejected: 0 });
    const stored = await t.owner.pool.query<{
      document_id: string;
      commission: string | null;
      extra: unknown;
    }>(
      'select document_id, commission::text, extra from sale_lines where company_id = $1 order by source_line',
      [companyId],
    );
    expect(stored.rows.map((row) => [row.document_id, row.commission])).toEqual([
      ['101', '89.00'],
      ['101', '43.70'],
      ['102', null],
      ['103', '131.00'],
      ['104', '-44.50'],
    ]);
    // A field now, not an extra column kept beside the line.
    expect(stored.rows.every((row) => row.extra === null)).toBe(true);
  });

  it('sums it per day and month exactly as SQL does, on the first import', async () => {
    expect(await sqlPerDay()).toEqual([
      ['2025-10-01', 132.7],
      ['2025-10-02', 86.5],
    ]);
    const days = await metrics('day');
    expect(days.map((row) => [row.period, row.commission])).toEqual([
      ['2025-10-01', 132.7],
      ['2025-10-02', 86.5],
    ]);
    expect((await metrics('month')).map((row) => [row.period, row.commission])).toEqual([['2025-10', 219.2]]);
  });

  it('keeps the sums right when a later upload recomputes from the stored lines', async () => {
    const upload = await uploadAndWait(t.app, token, companyId, { name: 'noviembre.csv', content: NOVEMBER });
    expect(upload.status).toBe('completed');
    const sql = await sqlPerDay();
    expect(sql).toEqual([
      ['2025-10-01', 132.7],
      ['2025-10-02', 86.5],
      ['2025-11-03', 87.4],
    ]);
    const days = await metrics('day');
    expect(days.filter((row) => row.commission !== null).map((row) => [row.period, row.commission])).toEqual(
      sql,
    );
    expect((await metrics('month')).map((row) => [row.period, row.commission])).toEqual([
      ['2025-10', 219.2],
      ['2025-11', 87.4],
    ]);
  });
});
