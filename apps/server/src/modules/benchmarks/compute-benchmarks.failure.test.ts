import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { insertMonth, insertPeer } from './benchmarks.fixtures';
import { computeAllBenchmarks } from './compute-benchmarks';

const failAt = vi.hoisted(() => ({ period: '' }));

// The build of one period fails while the previous period's COPY may still be flowing.
vi.mock('./build-benchmarks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./build-benchmarks')>();
  return {
    ...actual,
    periodBenchmarkSteps: (...args: Parameters<typeof actual.periodBenchmarkSteps>) => {
      if (args[1] === failAt.period) throw new Error('build failed');
      return actual.periodBenchmarkSteps(...args);
    },
  };
});

describe('computeAllBenchmarks when a period fails', () => {
  let t: TestApp;
  const stored = async () =>
    (
      await t.owner.pool.query(
        `select (select count(*) from benchmark_results)::int as results,
           (select count(*) from benchmark_positions)::int as positions,
           (select max(computed_at) from benchmark_positions) as at`,
      )
    ).rows[0];

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    for (let i = 0; i < 12; i++) {
      const peer = await insertPeer(t.owner);
      for (const period of ['2025-07', '2025-08', '2025-09'])
        await insertMonth(t.owner, peer.id, period, { avg_ticket: 1000 + i, revenue: 1_000_000 + i });
    }
  });
  afterAll(() => t.close());

  it('keeps the previous run whole and leaves the connection usable', async () => {
    await computeAllBenchmarks(t.db.db, { minCompanies: 10, now: new Date('2025-10-01T00:00:00Z') });
    const before = await stored();
    expect(before.positions).toBe(36);
    failAt.period = '2025-09';
    await expect(
      computeAllBenchmarks(t.db.db, { minCompanies: 10, now: new Date('2025-10-02T00:00:00Z') }),
    ).rejects.toThrow('build failed');
    expect(await stored()).toEqual(before);
    failAt.period = '';
    await computeAllBenchmarks(t.db.db, { minCompanies: 10, now: new Date('2025-10-03T00:00:00Z') });
    expect(await stored()).toEqual({ ...before, at: new Date('2025-10-03T00:00:00Z') });
  });
});
