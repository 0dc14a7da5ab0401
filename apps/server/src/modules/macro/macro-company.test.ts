import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';

type Owner = Awaited<ReturnType<typeof createOwner>>;

/** A stored feature row with only what this test needs known (the rest null, with reasons). */
function values(revenue: number, more: Record<string, unknown> = {}) {
  return {
    revenue,
    units: 1,
    transactions: 1,
    returns: 0,
    customers: null,
    new_customers: null,
    returning_customers: null,
    avg_ticket: revenue,
    cost: null,
    gross_margin: null,
    margin_pct: null,
    cost_coverage_pct: null,
    discount: null,
    revenue_growth_pct: null,
    revenue_yoy_pct: null,
    nulls: { revenue_yoy_pct: 'NO_SAME_PERIOD_LAST_YEAR' },
    ...more,
  };
}

async function storeRows(
  t: TestApp,
  owner: Owner,
  rows: Array<[level: string, period: string, start: string, end: string, values: object]>,
  settings: object = {},
) {
  const companyId = owner.company.id;
  for (const [level, period, start, end, v] of rows)
    await t.owner.pool.query(
      `insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
       values ($1, $2, '', $3, $4, $5, $6)`,
      [companyId, level, period, start, end, JSON.stringify(v)],
    );
  await t.owner.pool.query(
    `insert into feature_state (company_id, data_through, lines, duration_ms) values ($1, $2, 1, 1)`,
    [companyId, rows.at(-1)?.[3]],
  );
  await t.owner.pool.query('update companies set settings = $2 where id = $1', [
    companyId,
    JSON.stringify(settings),
  ]);
}

describe('macro context on a company’s numbers', () => {
  let t: TestApp;
  let importer: Owner;
  let tokenImporter: string;
  const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    importer = await createOwner(t.db, 'Importadora');
    tokenImporter = await loginAs(t.app, importer.email, importer.password);
    await storeRows(
      t,
      importer,
      [
        ['month', '2023-01', '2023-01-01', '2023-01-31', values(10_000_000)],
        [
          'month',
          '2024-01',
          '2024-01-01',
          '2024-01-31',
          values(11_000_000, { revenue_yoy_pct: 10, nulls: {} }),
        ],
        ['quarter', '2024-Q1', '2024-01-01', '2024-03-31', values(1_000_000)],
      ],
      { trade_profile: 'importer', real_base_month: '2024-12' },
    );
  });
  afterAll(() => t.close());

  it('gives revenue in UF, USD and December-2024 pesos, and real growth vs last year, per month', async () => {
    const res = await get(
      tokenImporter,
      `/api/v1/companies/${importer.company.id}/metrics?grain=month&from=2024-01-01`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toHaveLength(1);
    // Snapshot by hand: mean UF of January 2024 = 36 805.7258 → 11 000 000 / it = 298.87 UF;
    // mean dólar (31 days, holidays and weekends carried) = 906.8103 → 12 130.43 USD;
    // IPC Feb–Dec 2024 compound to 1.03859994 → 11 424 599.37 pesos of December 2024;
    // Feb 2023 … Jan 2024 compound to 1.03751693 → 1.1 / 1.03751693 − 1 = 6.02 % real growth.
    expect(res.json().data[0]).toMatchObject({
      period: '2024-01',
      revenue: 11_000_000,
      revenue_uf: 298.87,
      revenue_usd: 12130.43,
      revenue_real: 11424599.37,
      revenue_real_yoy_pct: 6.02,
    });
    expect(res.json().meta.macro).toEqual({
      base_month: '2024-12',
      uf_through: '2024-01-31',
      usd_through: '2024-01-31',
      ipc_through: '2026-08',
    });
    const all = (
      await get(tokenImporter, `/api/v1/companies/${importer.company.id}/metrics?grain=month`)
    ).json();
    expect(all.data[0]).toMatchObject({ period: '2023-01', revenue_real_yoy_pct: null });
    expect(all.data[0].nulls.revenue_real_yoy_pct).toBe('NO_SAME_PERIOD_LAST_YEAR');
    expect(all.data[1].revenue_real_yoy_pct).toBe(6.02);
  });

  it('converts a first month the data covers only from the 29th over those days', async () => {
    const late = await createOwner(t.db, 'Tardía');
    const token = await loginAs(t.app, late.email, late.password);
    await storeRows(t, late, [
      ['day', '2024-01-29', '2024-01-29', '2024-01-29', values(400_000)],
      ['month', '2024-01', '2024-01-01', '2024-01-31', values(1_000_000, { partial: true })],
    ]);
    const res = await get(token, `/api/v1/companies/${late.company.id}/metrics?grain=month`);
    // Mean UF of 29–31 January: (36744.92 + 36738.98 + 36733.04) / 3 = 36738.98 → 27.22 UF.
    expect(res.json().data[0]).toMatchObject({ period: '2024-01', revenue_uf: 27.22 });
  });

  it('deflates a quarter by its day-weighted price level', async () => {
    const res = await get(tokenImporter, `/api/v1/companies/${importer.company.id}/metrics?grain=quarter`);
    // (31 × I(Jan) + 29 × 1.006 I(Jan) + 31 × 1.006 × 1.004 I(Jan)) / 91, base December 2024.
    expect(res.json().data[0]).toMatchObject({ period: '2024-Q1', revenue_real: 1033096.78 });
  });

  it('reads January 2024 as an importer: the dólar rose 3.72 %, a debuff', async () => {
    const res = await get(
      tokenImporter,
      `/api/v1/companies/${importer.company.id}/macro/buffs?month=2024-01`,
    );
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ month: '2024-01', trade_profile: 'importer' });
    const byCode = Object.fromEntries(data.buffs.map((b: { code: string }) => [b.code, b]));
    // Mean dólar: December 2023 874.2516, January 2024 906.8103 (each day at the value in force).
    expect(byCode.dolar).toMatchObject({
      change: 3.72,
      change_unit: '%',
      effect: 'debuff',
      data_month: '2024-01',
    });
    expect(byCode.dolar.previous).toBeCloseTo(874.2516, 3);
    expect(byCode.dolar.explanation_es).toContain('importado');
    // IPC: 0.7 % in January after −0.5 % in December: +1.2 pp, a debuff for everyone.
    expect(byCode.ipc).toMatchObject({
      value: 0.7,
      previous: -0.5,
      change: 1.2,
      change_unit: 'pp',
      effect: 'debuff',
    });
    // IMACEC y/y: 3.74 % after 0.54 %: activity speeding up.
    expect(byCode.imacec).toMatchObject({ change: 3.2, effect: 'buff' });
    // Copper (snapshot: one monthly average each): 3.78495 after 3.807543 USD/lb = −0.59 %.
    expect(byCode.libra_cobre).toMatchObject({
      value: 3.78495,
      previous: 3.807543,
      change: -0.59,
      effect: 'debuff',
    });
    expect(data.missing).toEqual(expect.arrayContaining([{ code: 'euro', reason: 'NO_DATA' }]));
    expect(data.score).toBeGreaterThanOrEqual(0);
    expect(data.score).toBeLessThanOrEqual(10);
    const bad = await get(
      tokenImporter,
      `/api/v1/companies/${importer.company.id}/macro/buffs?month=2024-13`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('judges the same dollar move as a buff for an exporter', async () => {
    const exporter = await createOwner(t.db, 'Exportadora');
    const token = await loginAs(t.app, exporter.email, exporter.password);
    await storeRows(t, exporter, [['month', '2024-01', '2024-01-01', '2024-01-31', values(1)]], {
      trade_profile: 'exporter',
    });
    const data = (await get(token, `/api/v1/companies/${exporter.company.id}/macro/buffs`)).json().data;
    expect(data.month).toBe('2024-01'); // default: the month of the company's latest data
    expect(data).toMatchObject({ trade_profile: 'exporter', trade_profile_from: 'setting' });
    expect(data.buffs.find((b: { code: string }) => b.code === 'dolar').effect).toBe('buff');
  });

  it('defaults to the indicators’ latest month when the sales run past them', async () => {
    const recent = await createOwner(t.db, 'Reciente');
    const token = await loginAs(t.app, recent.email, recent.password);
    // Sales through a month the shipped snapshot does not reach.
    await storeRows(t, recent, [['month', '2099-01', '2099-01-01', '2099-01-31', values(1)]]);
    const url = `/api/v1/companies/${recent.company.id}/macro/buffs`;
    const data = (await get(token, url)).json().data;
    expect(data.month < '2099-01').toBe(true);
    const uf = data.buffs.find((b: { code: string }) => b.code === 'uf');
    expect(uf.data_month).toBe(data.month);
    expect(data.score).not.toBeNull();
    // Asked for, the month of the sales still answers: every indicator is stale there.
    const asked = (await get(token, `${url}?month=2099-01`)).json().data;
    expect(asked.buffs).toEqual([]);
    expect(asked.missing.map((m: { reason: string }) => m.reason)).toContain('STALE_DATA');
  });

  it('takes the trade profile from the industry when none is saved', async () => {
    const shop = await createOwner(t.db, 'Electrónica');
    const token = await loginAs(t.app, shop.email, shop.password);
    await storeRows(t, shop, [['month', '2024-01', '2024-01-01', '2024-01-31', values(1)]]);
    const url = `/api/v1/companies/${shop.company.id}/macro/buffs`;
    expect((await get(token, url)).json().data).toMatchObject({
      trade_profile: 'domestic',
      trade_profile_from: 'industry',
    });
    await t.owner.pool.query(`update companies set industry = 'electronics' where id = $1`, [
      shop.company.id,
    ]);
    const data = (await get(token, url)).json().data;
    expect(data).toMatchObject({ trade_profile: 'importer', trade_profile_from: 'industry' });
    expect(data.buffs.find((b: { code: string }) => b.code === 'dolar').effect).toBe('debuff');
  });

  it('correlates monthly revenue with each indicator, with the caveat under 24 months', async () => {
    const shop = await createOwner(t.db, 'Correlación');
    const token = await loginAs(t.app, shop.email, shop.password);
    // Revenue = 5 000 000 + 1 000 000 × IPC% of the month (0.7, 0.6, 0.4, 0.5): r = 1 by construction.
    await storeRows(t, shop, [
      ['month', '2024-01', '2024-01-01', '2024-01-31', values(5_700_000)],
      ['month', '2024-02', '2024-02-01', '2024-02-29', values(5_600_000)],
      ['month', '2024-03', '2024-03-01', '2024-03-31', values(5_400_000)],
      ['month', '2024-04', '2024-04-01', '2024-04-30', values(5_500_000)],
      // Data ends on 3 May: a partial month, left out (it would break r = 1).
      ['month', '2024-05', '2024-05-01', '2024-05-31', values(300_000, { partial: true })],
    ]);
    const res = await get(token, `/api/v1/companies/${shop.company.id}/macro/correlations`);
    expect(res.statusCode).toBe(200);
    expect(res.json().meta).toMatchObject({ revenue_months: 4, min_months: 24 });
    const byCode = Object.fromEntries(res.json().data.map((c: { code: string }) => [c.code, c]));
    expect(byCode.ipc).toMatchObject({ r: 1, months: 4, reason: null, caveat: true });
    expect(byCode.euro).toMatchObject({ r: null, months: 0, reason: 'TOO_FEW_MONTHS', caveat: true });
  });
});
