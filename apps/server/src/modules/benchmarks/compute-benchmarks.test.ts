import { BENCHMARK_GRAINS } from '@ayni/contracts';
import { type BenchmarkInputRow, readBenchmarkInputsAcrossCompanies, withTenant } from '@ayni/db';
import {
  allCuts,
  BENCHMARK_METRICS,
  CUT_KINDS,
  computeMetricCohorts,
  type Member,
  metricValues,
} from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { insertMonth, insertPeer } from './benchmarks.fixtures';
import { groupInputs, RANK_KINDS } from './build-benchmarks';
import { computeAllBenchmarks } from './compute-benchmarks';

let seed = 5;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
const maybe = (value: number) => (random() < 0.15 ? null : value);

/**
 * The stored rows of one (population, period) as the job wrote them before COPY and columnar
 * cohorts: Member objects per metric, computeMetricCohorts, JSON positions (the reference).
 */
function referencePeriod(population: string, period: string, rows: readonly BenchmarkInputRow[]) {
  const values = rows.map((r) => metricValues(r.values, r.locations));
  const results: Record<string, unknown>[] = [];
  const positions = rows.map((r) => ({
    id: r.companyId,
    values: { p: [r.industry, r.size, r.region], m: {} },
  }));
  for (const metric of BENCHMARK_METRICS) {
    const members: Member[] = [];
    const rowOf: number[] = [];
    rows.forEach((r, i) => {
      const value = values[i]?.[metric] ?? null;
      if (value === null) return;
      members.push({ industry: r.industry, size: r.size, region: r.region, value });
      rowOf.push(i);
    });
    const computed = computeMetricCohorts(metric, members, 10, allCuts(rows));
    for (const cut of computed.cuts)
      results.push({
        population,
        period,
        metric,
        cut: cut.key,
        n: cut.n,
        visible: cut.visible,
        reason: cut.reason,
        ...(cut.quantiles ?? { p10: null, p25: null, p50: null, p75: null, p90: null }),
      });
    positions.forEach((position, i) => {
      const member = rowOf.indexOf(i);
      const rank = (kind: (typeof RANK_KINDS)[number]) => {
        const r = member < 0 ? -1 : (computed.ranks[CUT_KINDS.indexOf(kind)]?.[member] as number);
        return r >= 0 ? r : null;
      };
      (position.values.m as Record<string, unknown>)[metric] = [
        values[i]?.[metric] ?? null,
        ...RANK_KINDS.map(rank),
      ];
    });
  }
  return {
    results,
    positions: positions.map((p) => ({ ...p, values: JSON.parse(JSON.stringify(p.values)) })),
  };
}

describe('computeAllBenchmarks writes what the reference computes', () => {
  let t: TestApp;
  const now = new Date('2025-10-02T03:00:00Z');

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    // 3 industries × 3 sizes × 4 regions, demo and opted-out companies, ties, missing and
    // partial values, dominant revenues and branches: every rule and both populations.
    for (let c = 0; c < 140; c++) {
      const peer = await insertPeer(t.owner, {
        industry: pick(['retail', 'clothing', 'pharmacy']),
        size: pick(['micro', 'small', 'medium']),
        region: pick(['RM', 'Valparaíso', 'Biobío', 'Región "Ñuble"\\sur']),
        isDemo: random() < 0.2,
        optIn: random() < 0.95,
      });
      for (const period of ['2025-07', '2025-08', '2025-09']) {
        if (random() < 0.1) continue;
        const revenue = random() < 0.03 ? 9e9 : Math.round(random() * 1e8) / 100;
        await insertMonth(t.owner, peer.id, period, {
          partial: random() < 0.05,
          revenue,
          gross_sales: revenue * 1.01,
          returned_amount: maybe(Math.round(random() * 1e5)),
          revenue_yoy_pct: maybe(pick([0, 5, 5, -3.25, random() * 40 - 10])),
          avg_ticket: maybe(pick([1000, 2000, 2000, Math.round(random() * 2e6) / 100])),
          units_per_transaction: maybe(1 + random() * 5),
          margin_pct: maybe(random() * 60),
          customers: pick([0, 10, 100, 250]),
          returning_customers: pick([0, 5, 50]),
          weekend_share_pct: maybe(random() * 100),
        });
        for (let b = 0; b < Math.floor(random() * 4); b++)
          await t.owner.pool.query(
            `insert into feature_rows (company_id, level, entity, period, values)
             values ($1, 'location_month', $2, $3, $4)`,
            [peer.id, `Sucursal ${b}`, period, JSON.stringify({ transactions: pick([0, 3, 40]) })],
          );
      }
    }
    await computeAllBenchmarks(t.db.db, { minCompanies: 10, now });
  }, 120_000);
  afterAll(() => t.close());

  it('stores the same results and positions, grain by grain', async () => {
    const reasons = new Set<string>();
    for (const grain of BENCHMARK_GRAINS) {
      const inputs = await withTenant(t.db.db, { benchmarkJob: true }, (tx) =>
        readBenchmarkInputsAcrossCompanies(tx, grain),
      );
      const expected = {
        results: [] as Record<string, unknown>[],
        positions: [] as Record<string, unknown>[],
      };
      for (const [key, rows] of groupInputs(inputs)) {
        const [population, period] = key.split('\u0000') as [string, string];
        const reference = referencePeriod(population, period, rows);
        expected.results.push(...reference.results.map((r) => ({ ...r, grain, computed_at: now })));
        expected.positions.push(
          ...reference.positions.map((p) => ({
            company_id: p.id,
            grain,
            period,
            population,
            values: p.values,
            computed_at: now,
          })),
        );
      }
      const stored = await t.owner.pool.query(
        `select population, grain, period, metric, cut, n, visible, reason, p10, p25, p50, p75, p90, computed_at
         from benchmark_results where grain = $1 order by population, period, metric, cut`,
        [grain],
      );
      const order = (rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) =>
        [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      const resultKey = (r: Record<string, unknown>) => `${r.population}|${r.period}|${r.metric}|${r.cut}`;
      expect(order(stored.rows, resultKey)).toEqual(order(expected.results, resultKey));
      const positions = await t.owner.pool.query(
        `select company_id, grain, period, population, values, computed_at from benchmark_positions where grain = $1`,
        [grain],
      );
      const positionKey = (p: Record<string, unknown>) => `${p.company_id}|${p.period}`;
      expect(order(positions.rows, positionKey)).toEqual(order(expected.positions, positionKey));
      for (const r of stored.rows) reasons.add(`${r.population}:${r.reason?.code ?? 'VISIBLE'}`);
    }
    // The population reaches every rule in both populations (the comparison above is not empty).
    expect([...reasons].sort()).toEqual(
      expect.arrayContaining([
        'demo:TOO_FEW_COMPANIES',
        'real:DOMINANT_COMPANY',
        'real:TOO_CLOSE_TO_ANOTHER_CUT',
        'real:TOO_FEW_COMPANIES',
        'real:VISIBLE',
      ]),
    );
  });
});
