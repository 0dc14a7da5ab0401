import type { BenchmarkInputRow, NewBenchmarkPosition, NewBenchmarkResult } from '@ayni/db';
import {
  BENCHMARK_METRICS,
  type BenchmarkMetric,
  computeMetricCohorts,
  type Member,
  metricValues,
} from '@ayni/engine';

export type Population = 'real' | 'demo';
/** A company's stored standing: per metric its value and its rank in each visible cut. */
export type PositionValues = Record<string, { value: number | null; ranks: Record<string, number> }>;

/**
 * From every participating company's rows of one grain to the rows the job stores: aggregates
 * per (population, period, metric, cut) and each company's own position. Demo companies form
 * their own population: they never enter a real cohort.
 */
export function buildBenchmarks(
  inputs: readonly BenchmarkInputRow[],
  minCompanies: number,
): { results: NewBenchmarkResult[]; positions: NewBenchmarkPosition[] } {
  const groups = new Map<string, BenchmarkInputRow[]>();
  for (const row of inputs) {
    const key = `${row.isDemo ? 'demo' : 'real'}\u0000${row.period}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const results: NewBenchmarkResult[] = [];
  const positions: NewBenchmarkPosition[] = [];
  for (const [key, rows] of groups) {
    const [population, period] = key.split('\u0000') as [Population, string];
    const values = rows.map((r) => metricValues(r.values, r.locations));
    const own: PositionValues[] = rows.map(() => ({}));
    for (const metric of BENCHMARK_METRICS) {
      const members: Member[] = [];
      const rowOfMember: number[] = [];
      rows.forEach((r, i) => {
        const value = (values[i] as Record<BenchmarkMetric, number | null>)[metric];
        (own[i] as PositionValues)[metric] = { value, ranks: {} };
        if (value === null) return;
        members.push({ industry: r.industry, size: r.size, region: r.region, value });
        rowOfMember.push(i);
      });
      const { cuts, ranks } = computeMetricCohorts(metric, members, minCompanies);
      for (const cut of cuts) {
        results.push({
          population,
          grain: '',
          period,
          metric,
          cut: cut.key,
          n: cut.n,
          visible: cut.visible,
          reason: cut.reason,
          p10: cut.quantiles?.p10 ?? null,
          p25: cut.quantiles?.p25 ?? null,
          p50: cut.quantiles?.p50 ?? null,
          p75: cut.quantiles?.p75 ?? null,
          p90: cut.quantiles?.p90 ?? null,
        });
      }
      for (const [memberIndex, rankByCut] of ranks) {
        const entry = (own[rowOfMember[memberIndex] as number] as PositionValues)[metric];
        if (entry) entry.ranks = rankByCut;
      }
    }
    rows.forEach((r, i) => {
      positions.push({ companyId: r.companyId, grain: '', period, population, values: own[i] });
    });
  }
  return { results, positions };
}
