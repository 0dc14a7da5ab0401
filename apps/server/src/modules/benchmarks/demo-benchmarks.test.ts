import type { CompanyBenchmarks } from '@ayni/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, silentLog, type TestApp } from '../../../test/helpers';
import { seedDemoPeers } from '../../runtime/seed-demo';
import { insertMonth, insertPeer } from './benchmarks.fixtures';
import { computeAllBenchmarks } from './compute-benchmarks';

// The demo company (retail · small · RM, marked demo) against the generated peers of the seed.
describe('demo benchmarks', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const now = new Date('2025-10-08T12:00:00Z'); // demo data ends 2025-10-07

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    demo = await createOwner(t.db, 'Demo');
    await t.owner.pool.query(
      `update companies set industry = 'retail', size = 'small', region = 'Región Metropolitana de Santiago',
         is_demo = true where id = $1`,
      [demo.company.id],
    );
    await insertMonth(t.owner, demo.company.id, '2025-08', { avg_ticket: 9000, revenue: 30_000_000 });
    token = await loginAs(t.app, demo.email, demo.password);
    expect(await seedDemoPeers(t.db.db, silentLog, { now })).toBeGreaterThanOrEqual(40);
    expect(await seedDemoPeers(t.db.db, silentLog, { now })).toBe(0); // idempotent
    // Ten real retail companies too: they must not meet the demo ones.
    for (let i = 0; i < 10; i++) {
      const real = await insertPeer(t.owner, { size: 'small', region: 'Región Metropolitana de Santiago' });
      await insertMonth(t.owner, real.id, '2025-08', { avg_ticket: 1_000_000 + i, revenue: 1 });
    }
    await computeAllBenchmarks(t.db.db, { minCompanies: 10, now });
  });
  afterAll(() => t.close());

  it('shows the demo company real percentiles at its finest cut, among demo peers only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${demo.company.id}/benchmarks?grain=month&period=2025-08`,
      headers: bearer(token),
    });
    const data = res.json().data as CompanyBenchmarks;
    expect(data.population).toBe('demo');
    const ticket = data.metrics.find((m) => m.metric === 'avg_ticket');
    // 24 generated retail · small peers + the demo company.
    expect(ticket?.cohort).toMatchObject({ cut: 'industry_size', n: 25 });
    expect(ticket?.cohort?.p90).toBeLessThan(1_000_000); // no real company (ticket ≥ 1M) inside
    const visible = data.metrics.filter((m) => m.cohort?.cut === 'industry_size').map((m) => m.metric);
    expect(visible).toEqual(
      expect.arrayContaining(['avg_ticket', 'units_per_ticket', 'gross_margin_pct', 'revenue']),
    );
  });

  it('keeps the real cohort to the ten real companies', async () => {
    const real = await t.owner.pool.query(
      `select n from benchmark_results where population = 'real' and grain = 'month' and period = '2025-08'
         and metric = 'avg_ticket' and cut = 'industry:retail'`,
    );
    expect(real.rows).toEqual([{ n: 10 }]);
  });
});
