import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait, windows1252 } from '../../../test/upload-helpers';

// Hand-checked against test/fixtures/pos-export.ts: ticket 1001 (9.980 + 2.490 + 4.990) on
// Oct 5, ticket 1002 (1,250 kg → 11.238) on Oct 6, credit note NC-1 (−2.490) on Oct 7; one
// line with a bad quantity and one with a bad date are rejected, the TOTAL row is skipped.
const NOVEMBER = [
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Precio unitario;Total neto;Tipo documento',
  '03/11/2025 11:00;2001;P-01;Café molido 250 g;Almacén;3;$ 4.990;$ 14.970;Boleta',
];

describe('GET /companies/{id}/metrics', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const metrics = (query: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/metrics${query}`,
      headers: bearer(token),
    });

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Métricas');
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  it('is empty, with no data_through, before any upload', async () => {
    const res = await metrics('?grain=month');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
    expect(res.json().meta).toMatchObject({ grain: 'month', data_through: null });
  });

  it('gives exact monthly and daily figures after an upload', async () => {
    const upload = await uploadAndWait(t.app, token, owner.company.id, posFile());
    expect(upload.status).toBe('completed');

    const month = await metrics('?grain=month');
    expect(month.json().meta.data_through).toBe('2025-10-07');
    expect(month.json().data).toHaveLength(1);
    expect(month.json().data[0]).toMatchObject({
      period: '2025-10',
      period_start: '2025-10-01',
      period_end: '2025-10-31',
      revenue: 26208,
      units: 4.25,
      transactions: 2,
      returns: 1,
      avg_ticket: 13104,
      cost: null,
      revenue_growth_pct: null,
    });
    expect(month.json().data[0].nulls).toMatchObject({
      cost: 'NO_COST_DATA',
      revenue_growth_pct: 'NO_PREVIOUS_PERIOD',
    });
    // The file names no customer: their counts are unknown, not zero.
    expect(month.json().data[0]).toMatchObject({
      customers: null,
      new_customers: null,
      returning_customers: null,
    });
    expect(month.json().data[0].nulls).toMatchObject({
      customers: 'NO_CUSTOMER_DATA',
      new_customers: 'NO_CUSTOMER_DATA',
      returning_customers: 'NO_CUSTOMER_DATA',
    });

    const days = (await metrics('?grain=day')).json().data;
    expect(days.map((d: { period: string; revenue: number }) => [d.period, d.revenue])).toEqual([
      ['2025-10-05', 17460],
      ['2025-10-06', 11238],
      ['2025-10-07', -2490],
    ]);
    expect(days[2]).toMatchObject({ transactions: 0, returns: 1, avg_ticket: null });
    expect(days[2].nulls.avg_ticket).toBe('NO_TRANSACTIONS');
  });

  it('recomputes growth when a later upload adds a month, and filters by date', async () => {
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'noviembre.csv',
      content: windows1252(`${NOVEMBER.join('\r\n')}\r\n`),
    });
    expect(upload.status).toBe('completed');
    const months = (await metrics('?grain=month')).json().data;
    expect(months.map((m: { period: string }) => m.period)).toEqual(['2025-10', '2025-11']);
    // (14.970 − 26.208) / 26.208 = −42.88 %
    expect(months[1]).toMatchObject({ revenue: 14970, transactions: 1, revenue_growth_pct: -42.88 });

    const november = (await metrics('?grain=day&from=2025-11-01&to=2025-11-30')).json();
    expect(november.data.map((d: { period: string }) => d.period)).toEqual(['2025-11-03']);
    expect(november.meta.data_through).toBe('2025-11-03');
    const weeks = (await metrics('?grain=week')).json().data;
    expect(weeks.map((w: { period: string }) => w.period)).toEqual(['2025-W40', '2025-W41', '2025-W45']);
  });

  it('counts customers, zero where none came, once a file names them', async () => {
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'diciembre.csv',
      content: windows1252(
        [
          'Fecha venta;N° doc. venta;SKU;Descripción;Cantidad;Total neto;RUT cliente',
          '02/12/2025 10:00;3001;P-01;Café molido 250 g;1;4990;11111111-1',
        ].join('\r\n'),
      ),
    });
    expect(upload.status).toBe('completed');
    const months = (await metrics('?grain=month')).json().data;
    expect(months.map((m: { period: string; customers: number | null }) => [m.period, m.customers])).toEqual([
      ['2025-10', 0],
      ['2025-11', 0],
      ['2025-12', 1],
    ]);
    expect(months[2].nulls?.customers).toBeUndefined();
  });

  it('refuses a reversed range and unknown grains with a clear error', async () => {
    const reversed = await metrics('?grain=day&from=2025-12-01&to=2025-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('VALIDATION_ERROR');
    expect((await metrics('?grain=hour')).statusCode).toBe(400);
  });
});

// Two branches around the 2024/2025 year end (summer time, −03:00). By hand:
// Centro: 2024-12-30 2 × 1.000 = 2.000; 2024-12-31 1.000; 2025-01-02 ticket 3004 with
// 3 × 1.000 + 1 × 500 = 3.500. Norte: 2024-12-30 500; 2025-01-02 4 × 500 = 2.000.
const BRANCHES = [
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Precio unitario;Total neto;Tipo documento;Nombre sucursal',
  '30/12/2024 10:00;3001;P-01;Café molido 250 g;Almacén;2;$ 1.000;$ 2.000;Boleta;Centro',
  '30/12/2024 11:00;3002;P-02;Té verde;Almacén;1;$ 500;$ 500;Boleta;Norte',
  '31/12/2024 12:00;3003;P-01;Café molido 250 g;Almacén;1;$ 1.000;$ 1.000;Boleta;Centro',
  '02/01/2025 12:00;3004;P-01;Café molido 250 g;Almacén;3;$ 1.000;$ 3.000;Boleta;Centro',
  '02/01/2025 12:00;3004;P-02;Té verde;Almacén;1;$ 500;$ 500;Boleta;Centro',
  '02/01/2025 13:00;3005;P-02;Té verde;Almacén;4;$ 500;$ 2.000;Boleta;Norte',
];

describe('GET /companies/{id}/metrics?location=', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const data = async (query: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/metrics${query}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as Record<string, unknown>[];
  };

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Sucursales');
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'sucursales.csv',
      content: windows1252(`${BRANCHES.join('\r\n')}\r\n`),
    });
    expect(upload.status).toBe('completed');
  });
  afterAll(() => t.close());

  it('gives a branch by day, with growth against its own previous day', async () => {
    const days = await data('?grain=day&location=Centro');
    expect(days.map((d) => [d.period, d.revenue, d.units, d.transactions])).toEqual([
      ['2024-12-30', 2000, 2, 1],
      ['2024-12-31', 1000, 1, 1],
      ['2025-01-02', 3500, 4, 1],
    ]);
    expect(days[0]).not.toHaveProperty('location');
    expect(days[0]?.nulls).toMatchObject({ revenue_growth_pct: 'NO_PREVIOUS_PERIOD' });
    expect(days[1]).toMatchObject({ revenue_growth_pct: -50, avg_ticket: 1000 }); // (1.000 − 2.000) / 2.000
    expect(days[2]).toMatchObject({ avg_ticket: 3500, revenue_growth_pct: null });
    expect(days[2]?.nulls).toMatchObject({ revenue_growth_pct: 'PREVIOUS_ZERO' }); // Jan 1 sold nothing
    const january = await data('?grain=day&location=Norte&from=2025-01-01&to=2025-01-31');
    expect(january.map((d) => [d.period, d.revenue, d.units])).toEqual([['2025-01-02', 2000, 4]]);
  });

  it('gives a branch by year and by ISO week across the year end', async () => {
    const years = await data('?grain=year&location=Centro');
    expect(years.map((y) => [y.period, y.revenue, y.units, y.transactions, y.avg_ticket])).toEqual([
      ['2024', 3000, 3, 2, 1500],
      ['2025', 3500, 4, 1, 3500],
    ]);
    // (3.500 − 3.000) / 3.000 = 16.67 %, against the year before and the same period last year.
    expect(years[1]).toMatchObject({ revenue_growth_pct: 16.67, revenue_yoy_pct: 16.67 });
    const norte = await data('?grain=year&location=Norte');
    expect(norte.map((y) => [y.period, y.revenue])).toEqual([
      ['2024', 500],
      ['2025', 2000],
    ]);
    const weeks = await data('?grain=week&location=Centro');
    expect(weeks.map((w) => [w.period, w.period_start, w.period_end, w.revenue])).toEqual([
      ['2025-W01', '2024-12-30', '2025-01-05', 6500],
    ]);
    const company = await data('?grain=year');
    expect(company.map((y) => [y.period, y.revenue])).toEqual([
      ['2024', 3500],
      ['2025', 5500],
    ]);
  });

  it('has no rows for an unknown branch', async () => {
    expect(await data('?grain=day&location=Sur')).toEqual([]);
    expect(await data('?grain=month&location=Sur')).toEqual([]);
  });
});
