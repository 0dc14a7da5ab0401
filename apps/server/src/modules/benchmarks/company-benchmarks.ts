import type { CompanyBenchmarks, CutKindKey, MetricBenchmark } from '@ayni/contracts';
import type { BenchmarkResultRow } from '@ayni/db';
import { BENCHMARK_METRICS, cutKey, cutsOf, METRIC_SPECS, performanceIndex, tierOf } from '@ayni/engine';
import { type PositionValues, RANK_KINDS } from './build-benchmarks';
import { hiddenReasonView } from './hidden-reasons';

/** The cuts a position was ranked in (from its stored profile), finest first, with their keys. */
export function positionCuts(values: PositionValues): { kind: CutKindKey; key: string; index: number }[] {
  const [industry, size, region] = values.p;
  return cutsOf({ industry, size, region }).map((cut) => ({
    kind: cut.kind as CutKindKey,
    key: cutKey(cut),
    index: RANK_KINDS.indexOf(cut.kind as (typeof RANK_KINDS)[number]),
  }));
}

/**
 * One metric as the company sees it: its value, the finest visible cut it belongs to (falling
 * back broader: industry × size, industry × region, industry, everyone) and why finer ones are
 * hidden. Only aggregates of the cut and the company's own rank are used.
 */
export function metricView(
  metric: (typeof BENCHMARK_METRICS)[number],
  cuts: { kind: CutKindKey; key: string; index: number }[],
  results: ReadonlyMap<string, BenchmarkResultRow>,
  position: PositionValues['m'][string] | undefined,
  /** Why the company has no value, when it has none (`metricNullReasons` of its own row). */
  nullReason: string | undefined = undefined,
): MetricBenchmark {
  const spec = METRIC_SPECS[metric];
  const value = position?.[0] ?? null;
  const hidden: MetricBenchmark['hidden'] = [];
  let cohort: MetricBenchmark['cohort'] = null;
  for (const cut of cuts) {
    const row = results.get(`${metric}\u0000${cut.key}`);
    if (!row) continue; // no member has a value in this cut
    if (!row.visible || row.p50 === null) {
      const reason = hiddenReasonView(cut.kind, row.reason);
      // The count of a hidden cut is told only when it is the reason (too few companies).
      hidden.push({ cut: cut.kind, n: reason.code === 'TOO_FEW_COMPANIES' ? row.n : null, reason });
      continue;
    }
    const rank = value === null ? null : (position?.[1 + cut.index] ?? null);
    const index = value === null || spec.banded ? null : performanceIndex(value, row.p50);
    cohort = {
      cut: cut.kind,
      n: row.n,
      p10: row.p10 as number,
      p25: row.p25 as number,
      p50: row.p50,
      p75: row.p75 as number,
      p90: row.p90 as number,
      percentile_rank: rank,
      tier: rank === null ? null : tierOf(rank, spec.higherIsBetter),
      performance_index: index?.value ?? null,
      index_reason: value === null ? 'NO_VALUE' : spec.banded ? 'BANDED_METRIC' : (index?.reason ?? null),
    };
    break;
  }
  return {
    metric,
    higher_is_better: spec.higherIsBetter,
    banded: spec.banded,
    value,
    value_reason: value === null ? (nullReason ?? 'NO_VALUE') : null,
    cohort,
    hidden,
  };
}

export function metricsView(
  values: PositionValues,
  rows: readonly BenchmarkResultRow[],
  nullReasons: Partial<Record<(typeof BENCHMARK_METRICS)[number], string>> = {},
): CompanyBenchmarks['metrics'] {
  const cuts = positionCuts(values);
  const results = new Map(rows.map((r) => [`${r.metric}\u0000${r.cut}`, r]));
  return BENCHMARK_METRICS.map((metric) =>
    metricView(metric, cuts, results, values.m[metric], nullReasons[metric]),
  );
}
