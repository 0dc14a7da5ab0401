import type { CompanyBenchmarks, MetricBenchmark } from '@ayni/contracts';
import { readBenchmarkInputsAcrossCompanies, withTenant } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { insertMonth, insertPeer } from './benchmarks.fixtures';
import { computeAllBenchmarks } from './compute-benchmarks';

// Twelve retail · micro · Valparaíso companies in 2025-09: A has avg ticket 10.000, the eleven
// peers 1.000, 2.000 … 11.000. Sorted: 1000…9000, 10000, 10000, 11000 (n = 12, no trimming
// below 20). Type 7: p10 h = 1.1 → 2100; p25 h = 2.75 → 3750; p50 h = 5.5 → 6500;
// p75 h = 8.25 → 9250; p90 h = 9.9 → 10000. A's rank: (9 below + ½ × 2 equal) / 12 = 83.3 → 83;
// index 10000 / 6500 = 153.8. Gross margin is known for only 7 of them: hidden everywhere.
describe('benchmarks routes', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let tokenA: string;
  let tokenB: string;
  const peers: { id: string; name: string }[] = [];
  const compute = () =>
    computeAllBenchmarks(t.db.db, { minCompanies: 10, now: new Date('2025-10-02T03:00:00Z') });
  const get = (token: string, companyId: string, path: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/companies/${companyId}/${path}`, headers: bearer(token) });
  const metricOf = (body: { data: CompanyBenchmarks }, metric: string) =>
    body.data.metrics.find((m) => m.metric === metric) as MetricBenchmark & {
      cohort: NonNullable<MetricBenchmark['cohort']>;
    };

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Bench A');
    b = await createOwner(t.db, 'Bench B'); // same cohort profile, but no features: not a member
    tokenA = await loginAs(t.app, a.email, a.password);
    tokenB = await loginAs(t.app, b.email, b.password);
    await insertMonth(t.owner, a.company.id, '2025-09', {
      avg_ticket: 10_000,
      revenue: 5_000_000,
      margin_pct: 30,
    });
    await insertMonth(t.owner, a.company.id, '2025-08', { avg_ticket: 1_500, revenue: 4_000_000 });
    for (let i = 1; i <= 11; i++) {
      const peer = await insertPeer(t.owner);
      peers.push(peer);
      await insertMonth(t.owner, peer.id, '2025-09', {
        avg_ticket: i * 1000,
        revenue: 1_000_000 * i,
        ...(i <= 6 ? { margin_pct: 20 + i } : {}),
      });
      await insertMonth(t.owner, peer.id, '2025-08', { avg_ticket: i * 1000, revenue: 1_000_000 * i });
    }
    await compute();
  });
  afterAll(() => t.close());

  it('gives percentiles, rank, tier, index and n computed by hand', async () => {
    const res = await get(tokenA, a.company.id, 'benchmarks?grain=month&period=2025-09');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toMatchObject({
      grain: 'month',
      period: '2025-09',
      population: 'real',
      min_companies: 10,
      reason: null,
    });
    const ticket = metricOf(body, 'avg_ticket');
    expect(ticket.value).toBe(10_000);
    expect(ticket.hidden).toEqual([]);
    expect(ticket.cohort).toMatchObject({ cut: 'industry_size', n: 12, percentile_rank: 83, tier: 'top_25' });
    expect(ticket.cohort.p10).toBeCloseTo(2100, 6);
    expect(ticket.cohort.p25).toBeCloseTo(3750, 6);
    expect(ticket.cohort.p50).toBeCloseTo(6500, 6);
    expect(ticket.cohort.p75).toBeCloseTo(9250, 6);
    expect(ticket.cohort.p90).toBeCloseTo(10_000, 6);
    expect(ticket.cohort.performance_index).toBe(153.8);
  });

  it('hides a cut of 7 companies, says why, and shows no cohort', async () => {
    const margin = metricOf(
      (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).json(),
      'gross_margin_pct',
    );
    expect(margin.value).toBe(30);
    expect(margin.cohort).toBeNull();
    expect(margin.hidden[0]).toEqual({
      cut: 'industry_size',
      n: 7,
      reason: {
        code: 'TOO_FEW_COMPANIES',
        message: '10 companies are needed in your industry and size; today there are 7',
        message_es: 'se necesitan 10 empresas en tu rubro y tamaño; hoy hay 7',
      },
    });
    expect(margin.hidden.map((h) => h.cut)).toEqual(['industry_size', 'industry_region', 'industry', 'all']);
  });

  it("says why the company has no value, from its own row's reason", async () => {
    // August's row: no costs in the file (the engine's null and its reason).
    await t.owner.pool.query(
      `update feature_rows set values = values || '{"margin_pct": null, "nulls": {"margin_pct": "NO_COST_DATA"}}'
       where company_id = $1 and level = 'month' and period = '2025-08'`,
      [a.company.id],
    );
    const body = (await get(tokenA, a.company.id, 'benchmarks?period=2025-08')).json();
    expect(metricOf(body, 'gross_margin_pct')).toMatchObject({ value: null, value_reason: 'NO_COST_DATA' });
    expect(metricOf(body, 'avg_ticket')).toMatchObject({ value: 1_500, value_reason: null });
    // No reason stored: the generic one.
    expect(metricOf(body, 'revenue_growth_yoy')).toMatchObject({ value: null, value_reason: 'NO_VALUE' });
  });

  it('publishes revenue only as bands', async () => {
    const revenue = metricOf(
      (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).json(),
      'revenue',
    );
    // Revenues 1M…11M and A's 5M: median h = 5.5 between 5M and 6M → 5.5M, published as 5M (band 5M–10M).
    expect(revenue.banded).toBe(true);
    expect(revenue.cohort.p50).toBe(5_000_000);
    expect(revenue.cohort.performance_index).toBeNull();
    expect(revenue.cohort.index_reason).toBe('BANDED_METRIC');
  });

  it('defaults to the latest period and keeps the rank history', async () => {
    expect((await get(tokenA, a.company.id, 'benchmarks')).json().data.period).toBe('2025-09');
    const history = (
      await get(tokenA, a.company.id, 'benchmarks/history?metric=avg_ticket&grain=month')
    ).json();
    // August: 1.500 among 1000…11000 → 1 below, no tie, of 12 → (1 + ½) / 12 = 12.5 → 13.
    expect(history.data.points).toEqual([
      { period: '2025-08', value: 1500, cut: 'industry_size', n: 12, percentile_rank: 13, tier: 'bottom_25' },
      { period: '2025-09', value: 10_000, cut: 'industry_size', n: 12, percentile_rank: 83, tier: 'top_25' },
    ]);
  });

  it('defaults to the latest period with a value, not a month still in progress', async () => {
    await insertMonth(t.owner, a.company.id, '2025-10', {
      partial: true,
      avg_ticket: 9_000,
      revenue: 300_000,
    });
    await compute();
    const stored = await t.owner.pool.query(
      `select period from benchmark_positions where company_id = $1 and grain = 'month' order by period`,
      [a.company.id],
    );
    expect(stored.rows.map((row) => row.period)).toEqual(['2025-08', '2025-09', '2025-10']);
    const latest = (await get(tokenA, a.company.id, 'benchmarks')).json();
    expect(latest.data.period).toBe('2025-09');
    expect(metricOf(latest, 'avg_ticket').value).toBe(10_000);
    const october = (await get(tokenA, a.company.id, 'benchmarks?period=2025-10')).json();
    expect(metricOf(october, 'avg_ticket').value).toBeNull();
  });

  it('answers without percentiles when nothing was computed for the company', async () => {
    const res = await get(tokenB, b.company.id, 'benchmarks?period=2025-09');
    expect(res.json().data).toMatchObject({ reason: { code: 'NOT_COMPUTED' }, metrics: [] });
  });

  it('rejects a period that does not match the grain, in both languages', async () => {
    const res = await get(tokenA, a.company.id, 'benchmarks?grain=quarter&period=2025-09');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message_es: expect.stringContaining('2025-Q4'),
    });
    const metric = await get(tokenA, a.company.id, 'benchmarks/history?metric=ebitda');
    expect(metric.statusCode).toBe(400);
  });

  it('never answers another tenant, and never names another company', async () => {
    for (const path of ['benchmarks', 'benchmarks/history?metric=avg_ticket', 'benchmarks?period=2025-09']) {
      expect((await get(tokenB, a.company.id, path)).statusCode).toBe(404);
    }
    const text = [
      (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).body,
      (await get(tokenA, a.company.id, 'benchmarks/history?metric=revenue')).body,
      (await t.app.inject({ method: 'GET', url: '/api/v1/benchmarks/cohorts', headers: bearer(tokenA) }))
        .body,
    ].join('\n');
    for (const peer of peers) {
      expect(text).not.toContain(peer.id);
      expect(text).not.toContain(peer.name);
    }
    expect(text).not.toContain(b.company.id);
  });

  it('lists cohort sizes with the visibility decision, and needs a login', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/benchmarks/cohorts?grain=month',
      headers: bearer(tokenA),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.period).toBe('2025-09');
    expect(res.json().data.cohorts).toContainEqual({
      cut: 'industry_size',
      industry: 'retail',
      size: 'micro',
      region: null,
      n: 12,
      visible: true,
      reason: null,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/benchmarks/cohorts' })).statusCode).toBe(401);
  });

  it('reads across companies only in the benchmark-job scope', async () => {
    const own = await withTenant(t.db.db, { companyId: a.company.id }, (tx) =>
      readBenchmarkInputsAcrossCompanies(tx, 'month'),
    );
    expect(new Set(own.map((r) => r.companyId))).toEqual(new Set([a.company.id]));
    const all = await withTenant(t.db.db, { benchmarkJob: true }, (tx) =>
      readBenchmarkInputsAcrossCompanies(tx, 'month'),
    );
    expect(new Set(all.map((r) => r.companyId)).size).toBe(12);
  });

  it('keeps demo companies out of real cohorts', async () => {
    for (let i = 0; i < 3; i++) {
      const demo = await insertPeer(t.owner, { isDemo: true });
      await insertMonth(t.owner, demo.id, '2025-09', { avg_ticket: 50_000, revenue: 1 });
    }
    await compute();
    const ticket = metricOf(
      (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).json(),
      'avg_ticket',
    );
    expect(ticket.cohort).toMatchObject({ n: 12, percentile_rank: 83 });
    const demo = await t.owner.pool.query(
      `select n, visible from benchmark_results where population = 'demo' and grain = 'month'
         and period = '2025-09' and metric = 'avg_ticket' and cut = 'all'`,
    );
    expect(demo.rows).toEqual([{ n: 3, visible: false }]);
  });

  it('drops an opted-out company from every cohort, and shows it no percentiles', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${a.company.id}`,
      headers: bearer(tokenA),
      payload: { benchmark_opt_in: false },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().data.benchmark_opt_in).toBe(false);
    await compute();
    const res = (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).json();
    expect(res.data).toMatchObject({ reason: { code: 'OPTED_OUT' }, metrics: [] });
    const after = await t.owner.pool.query(
      `select n from benchmark_results where population = 'real' and grain = 'month' and period = '2025-09'
         and metric = 'avg_ticket' and cut = 'industry_size:retail|micro'`,
    );
    expect(after.rows).toEqual([{ n: 11 }]);
    const positions = await t.owner.pool.query(
      'select count(*)::int as n from benchmark_positions where company_id = $1',
      [a.company.id],
    );
    expect(positions.rows[0].n).toBe(0);
  });

  it('hides a cut that one extra company would let someone subtract, and falls back', async () => {
    // A opts in again; one retail · small company joins in Valparaíso (ticket 500). "Retail"
    // now has 13 companies and "retail · micro" 12: they differ by that one company, so the
    // finer cut is hidden and A sees "retail · Valparaíso" (the same 13 as "retail").
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${a.company.id}`,
      headers: bearer(tokenA),
      payload: { benchmark_opt_in: true },
    });
    const small = await insertPeer(t.owner, { size: 'small' });
    await insertMonth(t.owner, small.id, '2025-09', { avg_ticket: 500, revenue: 1_000_000 });
    await compute();
    const ticket = metricOf(
      (await get(tokenA, a.company.id, 'benchmarks?period=2025-09')).json(),
      'avg_ticket',
    );
    expect(ticket.hidden).toEqual([
      {
        cut: 'industry_size',
        n: null,
        reason: expect.objectContaining({ code: 'TOO_CLOSE_TO_ANOTHER_CUT' }),
      },
    ]);
    // 500, 1000…9000 below A's 10.000 (10), two at 10.000: (10 + 1) / 13 = 84,6 → 85.
    expect(ticket.cohort).toMatchObject({ cut: 'industry_region', n: 13, percentile_rank: 85 });
    const visible = await t.owner.pool.query(
      `select cut, n from benchmark_results where population = 'real' and grain = 'month'
         and period = '2025-09' and metric = 'avg_ticket' and visible order by cut`,
    );
    expect(visible.rows).toEqual([
      { cut: 'all', n: 13 },
      { cut: 'industry:retail', n: 13 },
      { cut: 'industry_region:retail|Región de Valparaíso', n: 13 },
    ]);
    // The cohort list names the one-company cut "retail · small" as hidden, without its size.
    const cohorts = await t.app.inject({
      method: 'GET',
      url: '/api/v1/benchmarks/cohorts',
      headers: bearer(tokenA),
    });
    expect(cohorts.json().data.cohorts).toContainEqual({
      cut: 'industry_size',
      industry: 'retail',
      size: 'small',
      region: null,
      n: null,
      visible: false,
      reason: {
        code: 'TOO_FEW_COMPANIES',
        message: 'fewer than 10 companies in this group',
        message_es: 'hay menos de 10 empresas en este grupo',
      },
    });
  });
});
