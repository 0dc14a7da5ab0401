import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait, windows1252 } from '../../../test/upload-helpers';

/*
 * Hand-made sales of three months (local Santiago times):
 *
 *   doc  date              sku  qty  total   cost  branch  customer
 *   B1   Mon 06/10 10:15   P1    2   10000   6000  Centro  11111111-1
 *   B1   Mon 06/10 10:15   P2    1    3000     -   Centro  11111111-1
 *   B2   Tue 07/10 18:30   P1    1    5000   3000  Norte   22222222-2
 *   NC1  Wed 08/10 12:00   P2   -1   -3000     -   Centro  11111111-1   (return)
 *   B3   Mon 03/11 10:40   P1    3   13500   9000  Centro  22222222-2
 *   B3   Mon 03/11 10:40   P3    4    2000     -   Centro  22222222-2
 *   B4   Tue 04/11 19:05   P2    2    6000   4000  Norte   -
 *   B5   Mon 01/12 10:05   P3    2    1000     -   Norte   33333333-3
 *
 * P1 Café and P2 Té are "Almacen", P3 Pan is "Panaderia". data_through = 2025-12-01.
 */
const HEADER =
  'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto;Costo total;Sucursal;RUT cliente';
const LINES = [
  '06/10/2025 10:15;B1;P1;Café;Almacen;2;10000;6000;Centro;11111111-1',
  '06/10/2025 10:15;B1;P2;Té;Almacen;1;3000;;Centro;11111111-1',
  '07/10/2025 18:30;B2;P1;Café;Almacen;1;5000;3000;Norte;22222222-2',
  '08/10/2025 12:00;NC1;P2;Té;Almacen;-1;-3000;;Centro;11111111-1',
  '03/11/2025 10:40;B3;P1;Café;Almacen;3;13500;9000;Centro;22222222-2',
  '03/11/2025 10:40;B3;P3;Pan;Panaderia;4;2000;;Centro;22222222-2',
  '04/11/2025 19:05;B4;P2;Té;Almacen;2;6000;4000;Norte;',
  '01/12/2025 10:05;B5;P3;Pan;Panaderia;2;1000;;Norte;33333333-3',
];

type Row = Record<string, unknown> & { nulls: Record<string, string> };

describe('products, customers, categories, branches and hours', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const get = (path: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}${path}`,
      headers: bearer(token),
    });
  const data = async (path: string) => {
    const res = await get(path);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; meta: Record<string, unknown> };
  };
  const ids = (rows: Row[], key: string) => rows.map((r) => r[key]);

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Dónde se vende');
    token = await loginAs(t.app, owner.email, owner.password);
  });
  afterAll(() => t.close());

  it('answers empty lists with no data_through before any upload', async () => {
    for (const path of ['/products', '/customers', '/categories', '/locations/sales']) {
      const body = await data(path);
      expect(body.data, path).toEqual([]);
      expect(body.meta, path).toMatchObject({ data_through: null, total: 0, page: 1, sort: '-revenue' });
    }
    // The grid always has its 168 cells.
    const hours = await data('/hours');
    expect(hours.meta.total).toBe(168);
    expect(hours.data.every((c) => c.revenue === 0 && c.days === 0)).toBe(true);
  });

  it('imports the sample', async () => {
    const upload = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'ventas.csv',
      content: windows1252(`${[HEADER, ...LINES].join('\r\n')}\r\n`),
    });
    expect(upload.status).toBe('completed');
  });

  it('lists products with their lifetime figures, sorted and paged', async () => {
    const all = await data('/products');
    expect(all.meta).toMatchObject({ data_through: '2025-12-01', period: null, total: 3 });
    // Lifetime revenue: P1 10000 + 5000 + 13500 = 28500; P2 3000 − 3000 + 6000 = 6000; P3 2000 + 1000 = 3000.
    expect(all.data.map((p) => [p.product_id, p.revenue])).toEqual([
      ['P1', 28500],
      ['P2', 6000],
      ['P3', 3000],
    ]);
    expect(all.data[0]).toMatchObject({ description: 'Café', category: 'Almacen', first_sale: '2025-10-06' });
    // P2 over its whole life: turnover 3000 + 3000 + 6000 = 12000, with cost 6000 → 50 %;
    // avg unit price = sale lines 9000 / sale units 3 = 3000.
    expect(all.data[1]).toMatchObject({ cost_coverage_pct: 50, avg_unit_price: 3000, returned_amount: 3000 });

    const byName = await data('/products?sort=name');
    expect(ids(byName.data, 'description')).toEqual(['Café', 'Pan', 'Té']);
    const page2 = await data('/products?sort=-revenue&page=2&page_size=2');
    expect(ids(page2.data, 'product_id')).toEqual(['P3']);
    expect(page2.meta).toMatchObject({ page: 2, page_size: 2, total: 3, sort: '-revenue' });
    const beyond = await data('/products?page=9&page_size=2');
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.total).toBe(3);
  });

  it('sums the months overlapping a range, snapped to whole months, and recomputes the ratios', async () => {
    const body = await data('/products?from=2025-10-15&to=2025-11-10');
    expect(body.meta).toMatchObject({
      period: { from: '2025-10-01', to: '2025-11-30' },
      data_through: '2025-12-01',
      total: 3,
    });
    const [p1, p2, p3] = body.data as [Row, Row, Row];
    // P1, Oct (10000 + 5000, cost 9000) + Nov (13500, cost 9000):
    expect(p1).toMatchObject({
      product_id: 'P1',
      description: 'Café',
      category: 'Almacen',
      revenue: 28500,
      gross_sales: 28500,
      units: 6,
      lines: 3,
      sale_lines: 3,
      cost: 18000,
      revenue_with_cost: 28500,
      gross_margin: 10500, // 28500 − 18000
      margin_pct: 36.84, // 10500 / 28500 = 36.842 %
      cost_coverage_pct: 100, // no return line: every line has a cost
      avg_unit_price: 4750, // 28500 / 6 units
      days_sold: 3, // Oct 6, Oct 7, Nov 3
      revenue_share_pct: 78.08, // 28500 / (28500 + 6000 + 2000) = 78.082 %
    });
    // P2, Oct (3000 − 3000, no cost) + Nov (6000, cost 4000):
    expect(p2).toMatchObject({
      product_id: 'P2',
      revenue: 6000,
      gross_sales: 9000,
      returned_amount: 3000,
      units: 2, // 1 − 1 + 2
      lines: 3,
      return_lines: 1,
      cost: 4000,
      gross_margin: 2000,
      margin_pct: 33.33, // 2000 / 6000
      days_sold: 2,
      revenue_share_pct: 16.44, // 6000 / 36500 = 16.438 %
      // With a return line the months' sums cannot give the sale units or the turnover with cost.
      avg_unit_price: null,
      cost_coverage_pct: null,
    });
    expect(p2.nulls).toMatchObject({
      avg_unit_price: 'NOT_DERIVABLE_FOR_RANGE',
      cost_coverage_pct: 'NOT_DERIVABLE_FOR_RANGE',
    });
    // P3: only November is in the range (December's 1000 is not).
    expect(p3).toMatchObject({
      product_id: 'P3',
      revenue: 2000,
      units: 4,
      cost: null,
      cost_coverage_pct: 0, // one month: the stored value
      avg_unit_price: 500, // 2000 / 4
      revenue_share_pct: 5.48, // 2000 / 36500 = 5.479 %
    });
    expect(p3.nulls).toMatchObject({ cost: 'NO_COST_DATA', margin_pct: 'NO_COST_DATA' });

    // A range inside one month gives exactly the stored month.
    const december = await data('/products?from=2025-12-01&to=2025-12-01');
    expect(december.meta.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(december.data).toHaveLength(1);
    expect(december.data[0]).toMatchObject({ product_id: 'P3', revenue: 1000, revenue_share_pct: 100 });
  });

  it('gives the lifetime figures when the range covers every month', async () => {
    const fields = ['product_id', 'revenue', 'gross_sales', 'returned_amount', 'units', 'lines', 'cost'];
    const more = ['gross_margin', 'margin_pct', 'days_sold', 'revenue_share_pct'];
    const pick = (row: Row) => Object.fromEntries([...fields, ...more].map((f) => [f, row[f]]));
    const lifetime = (await data('/products')).data.map(pick);
    const summed = (await data('/products?from=2025-10-01&to=2025-12-31')).data.map(pick);
    expect(summed).toEqual(lifetime);
  });

  it('sorts range aggregates by ratios with nulls last, and by name', async () => {
    const range = 'from=2025-10-01&to=2025-11-30';
    const asc = await data(`/products?${range}&sort=margin_pct`);
    expect(ids(asc.data, 'product_id')).toEqual(['P2', 'P1', 'P3']); // 33.33, 36.84, null
    const desc = await data(`/products?${range}&sort=-margin_pct`);
    expect(ids(desc.data, 'product_id')).toEqual(['P1', 'P2', 'P3']);
    const byName = await data(`/products?${range}&sort=-name`);
    expect(ids(byName.data, 'product_id')).toEqual(['P2', 'P3', 'P1']); // Té, Pan, Café
    const paged = await data(`/products?${range}&page=2&page_size=1`);
    expect(ids(paged.data, 'product_id')).toEqual(['P2']);
    expect(paged.meta).toMatchObject({ total: 3, page: 2, page_size: 1 });
  });

  it('gives one product with its monthly series and the range summed', async () => {
    const body = await data('/products/P2?from=2025-10-01&to=2025-11-30');
    const detail = body.data as unknown as { product: Row; range: Row; months: Row[] };
    expect(body.meta).toMatchObject({
      period: { from: '2025-10-01', to: '2025-11-30' },
      data_through: '2025-12-01',
    });
    expect(detail.product).toMatchObject({ product_id: 'P2', revenue: 6000, cost_coverage_pct: 50 });
    expect(detail.months.map((m) => [m.period, m.revenue, m.cost])).toEqual([
      ['2025-10', 0, null],
      ['2025-11', 6000, 4000],
    ]);
    expect(detail.range).toMatchObject({ revenue: 6000, margin_pct: 33.33, revenue_share_pct: 16.44 });

    const lifetime = await data('/products/P3');
    const whole = lifetime.data as unknown as { range: Row | null; months: Row[] };
    expect(whole.range).toBeNull();
    expect(whole.months.map((m) => m.period)).toEqual(['2025-11', '2025-12']);
    expect(lifetime.meta.period).toBeNull();

    const missing = await get('/products/NOPE');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', message_es: 'Producto no encontrado' });
    // SKUs are free text: a URL-encoded slash or space still reaches the product lookup.
    const encoded = await get(`/products/${encodeURIComponent('CAJA 1/2')}`);
    expect(encoded.json().error).toMatchObject({ code: 'NOT_FOUND', message_es: 'Producto no encontrado' });
  });

  it('lists customer profiles, and over a range their purchases of those days', async () => {
    const all = await data('/customers');
    // 22222222-2: 5000 + 13500 + 2000 = 20500 in 2 tickets; 11111111-1: 13000 − 3000; 33333333-3: 1000.
    expect(all.data.map((c) => [c.customer_id, c.revenue, c.transactions])).toEqual([
      ['22222222-2', 20500, 2],
      ['11111111-1', 10000, 1],
      ['33333333-3', 1000, 1],
    ]);
    expect(all.data[0]).toMatchObject({
      first_purchase: '2025-10-07',
      last_purchase: '2025-11-03',
      avg_ticket: 10250, // 20500 / 2
      churned: false,
    });
    // The return on Oct 8 is not a purchase: 11111111-1 last bought on Oct 6, 56 days before Dec 1.
    expect(all.data[1]).toMatchObject({
      returns: 1,
      last_purchase: '2025-10-06',
      days_since_last_purchase: 56,
    });

    // November: 22222222-2's B3 (13500 + 2000) only, not their October ticket.
    const november = await data('/customers?from=2025-11-01&to=2025-11-30');
    expect(november.data.map((c) => [c.customer_id, c.revenue, c.transactions])).toEqual([
      ['22222222-2', 15500, 1],
    ]);
    expect(november.meta).toMatchObject({ total: 1, period: { from: '2025-11-01', to: '2025-11-30' } });
    expect(november.data[0]).toMatchObject({ first_purchase: '2025-11-03', last_purchase: '2025-11-03' });
    // Since Oct 8, 11111111-1 only returned (−3000, no purchase): their line of those days.
    const since = await data('/customers?from=2025-10-08&sort=customer_id');
    expect(since.data.map((c) => [c.customer_id, c.revenue, c.transactions, c.returns])).toEqual([
      ['11111111-1', -3000, 0, 1],
      ['22222222-2', 15500, 1, 0],
      ['33333333-3', 1000, 1, 0],
    ]);
    expect(since.data[0]).toMatchObject({ last_purchase: null });
    const recent = await data('/customers?sort=-last_purchase&page_size=1');
    expect(ids(recent.data, 'customer_id')).toEqual(['33333333-3']);
    expect(recent.meta.total).toBe(3);

    const one = await data('/customers/11111111-1');
    expect(one.data).toMatchObject({ customer_id: '11111111-1', revenue: 10000, favorite_product: 'P1' });
    const missing = await get('/customers/99999999-9');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    // A lifetime row stored before commissions were kept has none: answered without it, not a 500.
    await t.owner.pool.query(
      `update feature_rows set values = values - 'commission'
       where company_id = $1 and level in ('customer', 'product')`,
      [owner.company.id],
    );
    const stored = await t.owner.pool.query(
      `select count(*)::int as n from feature_rows where company_id = $1 and level = 'customer' and values ? 'commission'`,
      [owner.company.id],
    );
    expect(stored.rows[0].n).toBe(0);
    const older = await data('/customers/33333333-3');
    expect(older.data).toMatchObject({ customer_id: '33333333-3' });
    expect('commission' in older.data).toBe(false);
    expect((await data('/products/P1')).data).toMatchObject({ product: { product_id: 'P1' } });
  });

  it('sums categories over the range, with shares of the range', async () => {
    const body = await data('/categories?from=2025-10-01&to=2025-11-30');
    expect(body.meta.period).toEqual({ from: '2025-10-01', to: '2025-11-30' });
    expect(body.data).toHaveLength(2);
    // Almacen: Oct 10000 + 3000 + 5000 − 3000 = 15000 (cost 9000), Nov 13500 + 6000 = 19500 (cost 13000).
    expect(body.data[0]).toMatchObject({
      category: 'Almacen',
      revenue: 34500,
      gross_sales: 37500,
      returned_amount: 3000,
      units: 8, // 2 + 1 + 1 − 1 + 3 + 2
      lines: 6,
      cost: 22000,
      gross_margin: 12500, // 34500 − 22000
      margin_pct: 36.23, // 12500 / 34500 = 36.232 %
      cost_coverage_pct: null,
      revenue_share_pct: 94.52, // 34500 / 36500
      months: 2,
    });
    expect(body.data[1]).toMatchObject({
      category: 'Panaderia',
      revenue: 2000,
      revenue_share_pct: 5.48,
      months: 1,
    });

    const lifetime = await data('/categories?sort=category');
    expect(lifetime.meta.period).toBeNull();
    expect(lifetime.data.map((c) => [c.category, c.revenue, c.months])).toEqual([
      ['Almacen', 34500, 2],
      ['Panaderia', 3000, 2],
    ]);
  });

  it('sums branches with their tickets; distinct customers only for one month', async () => {
    const body = await data('/locations/sales?from=2025-10-01&to=2025-11-30');
    // Centro: Oct B1 13000 + NC1 −3000, Nov B3 15500 → 25500 in 2 tickets, 1 return.
    expect(body.data[0]).toMatchObject({
      location: 'Centro',
      revenue: 25500,
      transactions: 2,
      returns: 1,
      avg_ticket: 12750, // 25500 / 2
      units: 9, // 2 + 1 − 1 + 3 + 4
      units_per_transaction: 4.5,
      lines_per_transaction: 2, // 4 sale lines / 2
      customers: null,
      months: 2,
    });
    expect(body.data[0]?.nulls.customers).toBe('NOT_DERIVABLE_FOR_RANGE');
    // Norte: Oct B2 5000 (cost 3000) + Nov B4 6000 (cost 4000); December's B5 is outside.
    expect(body.data[1]).toMatchObject({
      location: 'Norte',
      revenue: 11000,
      transactions: 2,
      avg_ticket: 5500,
      gross_margin: 4000,
      margin_pct: 36.36, // 4000 / 11000
      cost_coverage_pct: 100,
    });
    const byName = await data('/locations/sales?sort=-location');
    expect(ids(byName.data, 'location')).toEqual(['Norte', 'Centro']);
    const november = await data('/locations/sales?from=2025-11-01&to=2025-11-30&sort=location');
    expect(november.data[0]).toMatchObject({ location: 'Centro', customers: 1, revenue: 15500 });
  });

  it('gives the weekday × hour grid of the days in the range', async () => {
    const body = await data('/hours');
    expect(body.meta).toMatchObject({ total: 168, period: null, sort: '-revenue' });
    // Mondays at 10: B1 13000 (Oct 6) + B3 15500 (Nov 3) + B5 1000 (Dec 1).
    expect(body.data[0]).toMatchObject({
      weekday: 1,
      hour: 10,
      day_part: 'mañana',
      revenue: 29500,
      transactions: 3,
      units: 12, // 3 + 7 + 2
      lines: 5,
      days: 3,
      avg_ticket: 9833.33, // 29500 / 3
    });
    expect(body.data.slice(1, 3).map((c) => [c.weekday, c.hour, c.revenue])).toEqual([
      [2, 19, 6000],
      [2, 18, 5000],
    ]);
    const last = body.data[167];
    expect(last).toMatchObject({
      weekday: 3,
      hour: 12,
      revenue: -3000,
      transactions: 0,
      returns: 1,
      avg_ticket: null,
    });

    const october = await data('/hours?from=2025-10-01&to=2025-10-31&sort=weekday&page_size=24');
    expect(october.meta).toMatchObject({ period: { from: '2025-10-01', to: '2025-10-31' }, page_size: 24 });
    expect(october.data.map((c) => c.hour)).toEqual([...Array(24).keys()]);
    expect(october.data[10]).toMatchObject({ weekday: 1, hour: 10, revenue: 13000, days: 1 });
  });

  it('refuses bad ranges, unknown sorts and oversized pages', async () => {
    const reversed = await get('/products?from=2025-12-01&to=2025-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.code).toBe('VALIDATION_ERROR');
    const impossible = await get('/categories?from=2025-02-30');
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.message_es).toBeTruthy();
    expect((await get('/products?sort=price')).statusCode).toBe(400);
    expect((await get('/customers?sort=-margin_pct')).statusCode).toBe(400);
    expect((await get('/hours?page_size=500')).statusCode).toBe(400);
    expect((await get('/locations/sales?from=2025-1-01')).statusCode).toBe(400);
  });
});
