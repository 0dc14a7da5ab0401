import type { BenchmarkInputRow, NewBenchmarkPosition, NewBenchmarkResult } from '@ayni/db';
import {
  allCuts,
  BENCHMARK_METRICS,
  type BenchmarkMetric,
  CUT_KINDS,
  computeMetricCohorts,
  type Member,
  metricValues,
} from '@ayni/engine';

export type Population = 'real' | 'demo';

/** The cut kinds a position's ranks follow, finest first. */
export const RANK_KINDS = ['industry_size', 'industry_region', 'industry', 'all'] as const;

/**
 * A company's stored standing in one period, kept small (one row per company and period):
 * `p` its profile at computation time (industry, size, region), and per metric
 * `[value, rank in industry × size, industry × region, industry, all]`, null where none.
 */
export interface PositionValues {
  p: [string, string, string];
  m: Record<string, [number | null, number | null, number | null, number | null, number | null]>;
}

/** Inputs of one grain by (population, period): the unit the job computes and writes at once. */
export function groupInputs(inputs: readonly BenchmarkInputRow[]): Map<string, BenchmarkInputRow[]> {
  const groups = new Map<string, BenchmarkInputRow[]>();
  for (const row of inputs) {
    const key = `${row.isDemo ? 'demo' : 'real'}\u0000${row.period}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * One (population, period): aggregates per (metric, cut) and each company's own position.
 * Demo companies form their own population: they never enter a real cohort.
 */
export function buildPeriodBenchmarks(
  population: Population,
  period: string,
  rows: readonly BenchmarkInputRow[],
  minCompanies: number,
): { results: Omit<NewBenchmarkResult, 'grain'>[]; positions: Omit<NewBenchmarkPosition, 'grain'>[] } {
  const values = rows.map((r) => metricValues(r.values, r.locations));
  const cuts = allCuts(rows);
  const results: Omit<NewBenchmarkResult, 'grain'>[] = [];
  // Per metric: each company's rank by cut kind (−1: none), filled from the members' ranks.
  const ranksOf = new Map<BenchmarkMetric, Int16Array[]>();
  for (const metric of BENCHMARK_METRICS) {
    const members: Member[] = [];
    const rowOfMember: number[] = [];
    rows.forEach((r, i) => {
      const value = (values[i] as Record<BenchmarkMetric, number | null>)[metric];
      if (value === null) return;
      members.push({ industry: r.industry, size: r.size, region: r.region, value });
      rowOfMember.push(i);
    });
    const computed = computeMetricCohorts(metric, members, minCompanies, cuts);
    for (const cut of computed.cuts) {
      const q = cut.quantiles;
      results.push({
        population,
        period,
        metric,
        cut: cut.key,
        n: cut.n,
        visible: cut.visible,
        reason: cut.reason,
        p10: q?.p10 ?? null,
        p25: q?.p25 ?? null,
        p50: q?.p50 ?? null,
        p75: q?.p75 ?? null,
        p90: q?.p90 ?? null,
      });
    }
    ranksOf.set(
      metric,
      computed.ranks.map((byMember) => {
        const byRow = new Int16Array(rows.length).fill(-1);
        rowOfMember.forEach((row, member) => {
          byRow[row] = byMember[member] as number;
        });
        return byRow;
      }),
    );
  }
  const kindIndex = RANK_KINDS.map((kind) => CUT_KINDS.indexOf(kind));
  const positions = rows.map((r, i) => {
    const own: PositionValues = { p: [r.industry, r.size, r.region], m: {} };
    for (const metric of BENCHMARK_METRICS) {
      const byKind = ranksOf.get(metric) as Int16Array[];
      const rank = (k: number) => {
        const value = (byKind[k] as Int16Array)[i] as number;
        return value >= 0 ? value : null;
      };
      own.m[metric] = [
        (values[i] as Record<BenchmarkMetric, number | null>)[metric],
        rank(kindIndex[0] as number),
        rank(kindIndex[1] as number),
        rank(kindIndex[2] as number),
        rank(kindIndex[3] as number),
      ];
    }
    return { companyId: r.companyId, period, population, values: own };
  });
  return { results, positions };
}
