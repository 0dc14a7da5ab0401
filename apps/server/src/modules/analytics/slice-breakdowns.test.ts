import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANCH_SALES, uploadBranchSales } from '../../../test/fixtures/branch-sales';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';

/*
 * Slices of the lines (a branch, a product, a category) through the breakdown endpoints' filters,
 * on the branch sales of `test/fixtures/branch-sales.ts`. Another company sells P1 at its own
 * "Centro" and has a branch "Sur" and a product PX.
 */
const OTHER_LINES = [
  '06/10/2025 10:15;X1;P1;Café;Almacen;1;99000;50000;Centro;',
  '07/10/2025 11:00;X2;PX;Otro;Almacen;1;77000;;Sur;',
];

type Row = Record<string, unknown> & { nulls: Record<string, string> };

describe('breakdowns of one branch, product or category', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let other: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  let otherToken: string;
  const get = (path: string, as = token, companyId = owner.company.id) =>
    t.app.inject({ method: 'GET', url: `/api/v1/companies/${companyId}${path}`, headers: bearer(as) });
  const data = async (path: string, as = token, companyId = owner.company.id) => {
    const res = await get(path, as, companyId);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; meta: Record<string, unknown> };
  };
  const pairs = (rows: Row[], key: string, value = 'revenue') => rows.map((r) => [r[key], r[value]]);
  const cell = (rows: Row[], weekday: number, hour: number) =>
    rows.find((c) => c.weekday === weekday && c.hour === hour) as Row;

  beforeAll(async () => {
    t = await buildTestApp();
    owner = await createOwner(t.db, 'Rebanadas');
    other = await createOwner(t.db, 'Otra empresa');
    token = await loginAs(t.app, owner.email, owner.password);
    otherToken = await loginAs(t.app, other.email, other.password);
    await uploadBranchSales(t.app, [
      { token, companyId: owner.company.id, lines: BRANCH_SALES },
      { token: otherToken, companyId: other.company.id, lines: OTHER_LINES },
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it("lists a branch's products over the exact days asked", async () => {
    const october = await data('/products?location=Centro&from=2025-10-06&to=2025-10-31');
    expect(october.meta).toMatchObject({ period: { from: '2025-10-06', to: '2025-10-31' }, total: 3 });
    // P1 10000 + 13500; P3 2000; P2 3000 − 3000.
    expect(pairs(october.data, 'product_id')).toEqual([
      ['P1', 23500],
      ['P3', 2000],
      ['P2', 0],
    ]);
    expect(october.data[0]).toMatchObject({
      description: 'Café',
      category: 'Almacen',
      units: 5,
      cost: 15000,
      gross_margin: 8500,
      margin_pct: 36.17,
      cost_coverage_pct: 100,
      days_sold: 2,
      avg_unit_price: 4700,
      // 23500 of 25500.
      revenue_share_pct: 92.16,
    });
    expect(october.data[2]).toMatchObject({ gross_sales: 3000, returned_amount: 3000, cost: null });
    expect(october.data[2]?.nulls).toMatchObject({ cost: 'NO_COST_DATA', discount: 'NO_DISCOUNT_DATA' });

    // From the 7th B1 is out (a monthly level would have kept the whole of October).
    const fromSeventh = await data('/products?location=Centro&from=2025-10-07&to=2025-10-31');
    expect(pairs(fromSeventh.data, 'product_id')).toEqual([
      ['P1', 13500],
      ['P3', 2000],
      ['P2', -3000],
    ]);
    const byName = await data('/products?location=Centro&sort=name&page=2&page_size=2');
    expect(byName.data.map((p) => p.description)).toEqual(['Té']);
    expect(byName.meta).toMatchObject({ total: 3, page: 2, period: null });
  });

  it("lists a category's products from its lines, at a branch too", async () => {
    // Almacen: P1 10000 + 5000 + 13500 + 4500; P2 3000 − 3000 + 6000. Panaderia: P3 2000 + 1000.
    const almacen = await data('/products?category=Almacen&from=2025-10-01&to=2025-11-30');
    expect(almacen.meta).toMatchObject({ period: { from: '2025-10-01', to: '2025-11-30' }, total: 2 });
    expect(pairs(almacen.data, 'product_id')).toEqual([
      ['P1', 33000],
      ['P2', 6000],
    ]);
    // The share is of the category's sales: 33000 of 39000.
    expect(almacen.data[0]).toMatchObject({ units: 7, cost: 21000, revenue_share_pct: 84.62 });
    const atNorte = await data('/products?category=Panaderia&location=Norte');
    expect(pairs(atNorte.data, 'product_id', 'units')).toEqual([['P3', 2]]);
    expect(pairs((await data('/products?category=Panaderia')).data, 'product_id')).toEqual([['P3', 3000]]);
    expect((await data('/products?category=Nada')).data).toEqual([]);
  });

  it('ranks the branches of one product or one category, tickets and customers counted in the range', async () => {
    const p1 = await data('/locations/sales?product=P1');
    // Centro: B1 10000, B3 13500, B6 4500 (customers 1111 and 2222); Norte: B2 5000.
    expect(pairs(p1.data, 'location')).toEqual([
      ['Centro', 28000],
      ['Norte', 5000],
    ]);
    expect(p1.data[0]).toMatchObject({
      transactions: 3,
      customers: 2,
      units: 6,
      avg_ticket: 9333.33,
      months: 2,
    });
    const bread = await data('/locations/sales?category=Panaderia&sort=location');
    expect(pairs(bread.data, 'location')).toEqual([
      ['Centro', 2000],
      ['Norte', 1000],
    ]);
    const octoberOnly = await data(
      '/locations/sales?product=P1&category=Almacen&from=2025-10-01&to=2025-10-31',
    );
    expect(pairs(octoberOnly.data, 'location')).toEqual([
      ['Centro', 23500],
      ['Norte', 5000],
    ]);
  });

  it("lists a branch's categories", async () => {
    const norte = await data('/categories?location=Norte');
    // Almacen: B2 5000 + B4 6000, cost 3000 + 4000; Panaderia: B5 1000.
    expect(pairs(norte.data, 'category')).toEqual([
      ['Almacen', 11000],
      ['Panaderia', 1000],
    ]);
    expect(norte.data[0]).toMatchObject({
      gross_margin: 4000,
      margin_pct: 36.36,
      months: 1,
      revenue_share_pct: 91.67,
    });
  });

  it('keeps the lines of some days of the week and hours', async () => {
    // Saturdays: B4 P2 6000 (19:05), B5 P3 1000 (10:05), B6 P1 4500 (10:50).
    const saturdays = await data('/products?weekdays=6');
    expect(saturdays.meta).toMatchObject({ period: null, total: 3 });
    expect(pairs(saturdays.data, 'product_id')).toEqual([
      ['P2', 6000],
      ['P1', 4500],
      ['P3', 1000],
    ]);
    const mornings = await data('/products?weekdays=6,7&hour_from=10&hour_to=12');
    expect(pairs(mornings.data, 'product_id')).toEqual([
      ['P1', 4500],
      ['P3', 1000],
    ]);
    // Mondays: B1 13000 and B3 15500, both at Centro.
    expect(pairs((await data('/locations/sales?weekdays=1')).data, 'location')).toEqual([['Centro', 28500]]);
    // From 18:00: B2 (18:30) and B4 (19:05).
    expect(pairs((await data('/categories?hour_from=18')).data, 'category')).toEqual([['Almacen', 11000]]);
    expect((await get('/products?hour_from=12&hour_to=12')).statusCode).toBe(400);
    expect((await get('/products?weekdays=8')).statusCode).toBe(400);
  });

  it('gives the weekday × hour grid of a branch, a product or a category', async () => {
    const centro = await data('/hours?location=Centro&sort=weekday');
    expect(centro.meta.total).toBe(168);
    // Monday 10h: B1 (13000) on the 6th and B3 (15500) on the 13th.
    expect(cell(centro.data, 1, 10)).toMatchObject({ revenue: 28500, transactions: 2, days: 2, lines: 4 });
    expect(cell(centro.data, 3, 12)).toMatchObject({ revenue: -3000, transactions: 0, returns: 1, days: 1 });
    expect(cell(centro.data, 6, 10)).toMatchObject({ revenue: 4500, transactions: 1, avg_ticket: 4500 });
    expect(centro.data.filter((c) => c.lines !== 0)).toHaveLength(3);

    const coffee = await data('/hours?product=P1');
    expect(coffee.data.slice(0, 3).map((c) => [c.weekday, c.hour, c.revenue])).toEqual([
      [1, 10, 23500],
      [2, 18, 5000],
      [6, 10, 4500],
    ]);
    const bread = await data('/hours?category=Panaderia&location=Norte');
    expect(bread.data.filter((c) => c.lines !== 0).map((c) => [c.weekday, c.hour, c.revenue])).toEqual([
      [6, 10, 1000],
    ]);
  });

  it('sums a slice per whole ISO week (or month), the range snapped to whole periods', async () => {
    const weeks = await data('/metrics/slice?grain=week&category=Almacen');
    expect(
      weeks.data.map((w) => [w.period, w.period_start, w.period_end, w.revenue, w.transactions]),
    ).toEqual([
      // B1 10000 + 3000, B2 5000, NC1 −3000.
      ['2025-W41', '2025-10-06', '2025-10-12', 15000, 2],
      ['2025-W42', '2025-10-13', '2025-10-19', 19500, 2],
      ['2025-W44', '2025-10-27', '2025-11-02', 4500, 1],
    ]);
    expect(weeks.data[0]).toMatchObject({ returns: 1, returned_amount: 3000, avg_ticket: 7500 });
    expect(weeks.meta).toMatchObject({ grain: 'week', period: null, data_through: '2025-11-01' });

    const snapped = await data('/metrics/slice?grain=week&category=Almacen&from=2025-10-08&to=2025-10-14');
    expect(snapped.meta.period).toEqual({ from: '2025-10-06', to: '2025-10-19' });
    expect(snapped.data.map((w) => w.revenue)).toEqual([15000, 19500]);

    const months = await data('/metrics/slice?grain=month&product=P1&location=Centro');
    expect(pairs(months.data, 'period')).toEqual([
      ['2025-10', 23500],
      ['2025-11', 4500],
    ]);
    const unsliced = await get('/metrics/slice?grain=week');
    expect(unsliced.statusCode).toBe(400);
  });

  it("agrees with the engine's stored levels when the slices are added back together", async () => {
    // Every product's branches add up to its lifetime row.
    const products = (await data('/products')).data;
    for (const product of products) {
      const branches = (await data(`/locations/sales?product=${product.product_id}`)).data;
      const cents = branches.reduce((sum, b) => sum + Math.round((b.revenue as number) * 100), 0);
      expect(cents / 100, String(product.product_id)).toBe(product.revenue);
    }
    // Each branch's weeks are the engine's location_week rows.
    for (const location of ['Centro', 'Norte']) {
      const stored = (await data(`/metrics?grain=week&location=${location}`)).data;
      const sliced = (await data(`/metrics/slice?grain=week&location=${location}`)).data;
      const fields = ['period', 'revenue', 'units', 'transactions', 'returns', 'avg_ticket', 'gross_margin'];
      const pick = (row: Row) => fields.map((f) => row[f]);
      expect(sliced.map(pick), location).toEqual(stored.map(pick));
    }
    // The branches' grids add up to the company's (every ticket is at one branch).
    const all = (await data('/hours?sort=weekday')).data;
    const centro = (await data('/hours?location=Centro&sort=weekday')).data;
    const norte = (await data('/hours?location=Norte&sort=weekday')).data;
    all.forEach((c, i) => {
      const sum = (name: string) => (centro[i]?.[name] as number) + (norte[i]?.[name] as number);
      expect([c.revenue, c.transactions, c.lines], `${c.weekday} ${c.hour}`).toEqual([
        sum('revenue'),
        sum('transactions'),
        sum('lines'),
      ]);
    });
  });

  it("shows nothing of another company's branches and products", async () => {
    expect((await data('/products?location=Sur')).data).toEqual([]);
    expect((await data('/locations/sales?product=PX')).data).toEqual([]);
    expect((await data('/metrics/slice?grain=month&location=Sur')).data).toEqual([]);
    // The other company's Centro sold P1 for 99000: none of it is here, nor the reverse.
    expect(pairs((await data('/products?location=Centro')).data, 'product_id')[0]).toEqual(['P1', 28000]);
    const theirs = await data('/locations/sales?product=P1', otherToken, other.company.id);
    expect(pairs(theirs.data, 'location')).toEqual([['Centro', 99000]]);
    const theirHours = await data('/hours?location=Norte', otherToken, other.company.id);
    expect(theirHours.data.every((c) => c.lines === 0)).toBe(true);
    expect((await get('/hours?location=Centro', otherToken)).statusCode).toBe(404);
  });
});
