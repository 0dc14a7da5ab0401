import type { BenchmarkInputRow, NewBenchmarkResult } from '@ayni/db';
import {
  BENCHMARK_METRICS,
  CUT_KINDS,
  computePeriodMetric,
  indexPeriodCuts,
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
 * One (population, period) as the job writes it: the aggregates per (metric, cut), and each
 * company's values and ranks in columns (`positionValues` / `positionJson` make its position).
 */
export interface PeriodBenchmarks {
  population: Population;
  period: string;
  results: Omit<NewBenchmarkResult, 'grain'>[];
  rows: readonly BenchmarkInputRow[];
  /** Per metric (BENCHMARK_METRICS order): each company's value, NaN for none. */
  values: Float64Array[];
  /** Per metric, then per RANK_KINDS kind: each company's rank, −1 for none. */
  ranks: Int16Array[][];
}

const RANK_KIND_INDEXES = RANK_KINDS.map((kind) => CUT_KINDS.indexOf(kind));

/**
 * One (population, period): aggregates per (metric, cut) and each company's own position.
 * Demo companies form their own population: they never enter a real cohort.
 */
export function buildPeriodBenchmarks(
  population: Population,
  period: string,
  rows: readonly BenchmarkInputRow[],
  minCompanies: number,
): PeriodBenchmarks {
  const steps = periodBenchmarkSteps(population, period, rows, minCompanies);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildPeriodBenchmarks` a metric at a time: the job resumes it between I/O turns, so the
 * previous period's COPY keeps flowing to PostgreSQL while this one is computed.
 */
export function* periodBenchmarkSteps(
  population: Population,
  period: string,
  rows: readonly BenchmarkInputRow[],
  minCompanies: number,
): Generator<void, PeriodBenchmarks> {
  const values = BENCHMARK_METRICS.map(() => new Float64Array(rows.length));
  rows.forEach((r, i) => {
    const own = metricValues(r.values, r.locations);
    BENCHMARK_METRICS.forEach((metric, m) => {
      (values[m] as Float64Array)[i] = own[metric] ?? Number.NaN;
    });
  });
  const cuts = indexPeriodCuts(rows);
  const results: Omit<NewBenchmarkResult, 'grain'>[] = [];
  const ranks: Int16Array[][] = [];
  for (const [m, metric] of BENCHMARK_METRICS.entries()) {
    yield;
    const computed = computePeriodMetric(metric, values[m] as Float64Array, cuts, minCompanies);
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
    ranks.push(RANK_KIND_INDEXES.map((kind) => computed.ranks[kind] as Int16Array));
  }
  return { population, period, results, rows, values, ranks };
}

/** Company i's stored standing: its profile, and per metric its value and ranks. */
export function positionValues(built: PeriodBenchmarks, i: number): PositionValues {
  const r = built.rows[i] as BenchmarkInputRow;
  const own: PositionValues = { p: [r.industry, r.size, r.region], m: {} };
  BENCHMARK_METRICS.forEach((metric, m) => {
    const value = (built.values[m] as Float64Array)[i] as number;
    const [a, b, c, d] = (built.ranks[m] as Int16Array[]).map((byKind) => byKind[i] as number);
    const rank = (x: number | undefined) => (x !== undefined && x >= 0 ? x : null);
    own.m[metric] = [Number.isNaN(value) ? null : value, rank(a), rank(b), rank(c), rank(d)];
  });
  return own;
}

/** `JSON.stringify(positionValues(built, i))`, written without the objects (the job's hot path). */
export function positionJson(built: PeriodBenchmarks, i: number): string {
  return positionProfileJson(built.rows[i] as BenchmarkInputRow) + positionMetricsJson(built, i);
}

/** The start of a position's JSON: its profile (the only part that holds arbitrary text). */
export function positionProfileJson(r: BenchmarkInputRow): string {
  return `{"p":[${JSON.stringify(r.industry)},${JSON.stringify(r.size)},${JSON.stringify(r.region)}],"m":{`;
}

const METRIC_KEYS = BENCHMARK_METRICS.map((metric, m) => `${m === 0 ? '' : ','}"${metric}":[`);
const RANK_TEXTS = Array.from({ length: 101 }, (_, rank) => `,${rank}`);

/** The rest of a position's JSON: digits, `null`, metric names and punctuation only. */
export function positionMetricsJson(built: PeriodBenchmarks, i: number): string {
  let json = '';
  for (let m = 0; m < METRIC_KEYS.length; m++) {
    const value = (built.values[m] as Float64Array)[i] as number;
    // NaN (no value) and what JSON.stringify would also write as null.
    json += `${METRIC_KEYS[m]}${Number.isFinite(value) ? value : 'null'}`;
    for (const byKind of built.ranks[m] as Int16Array[]) {
      const rank = byKind[i] as number;
      json += rank >= 0 ? (RANK_TEXTS[rank] ?? `,${rank}`) : ',null';
    }
    json += ']';
  }
  return `${json}}}`;
}
