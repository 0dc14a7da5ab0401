import type { CompanyBenchmarks, CutKindKey, MetricBenchmark } from '@ayni/contracts';
import type { BenchmarkResultRow } from '@ayni/db';
import { BENCHMARK_METRICS, METRIC_SPECS, performanceIndex, tierOf } from '@ayni/engine';
import type { PositionValues } from './build-benchmarks';
import { hiddenReasonView } from './hidden-reasons';

const FINEST_FIRST: readonly CutKindKey[] = ['industry_size', 'industry_region', 'industry', 'all'];

/** The cuts a position was ranked in, finest first, with their stored keys. */
export function positionCuts(values: PositionValues): { kind: CutKindKey; key: string }[] {
  return FINEST_FIRST.flatMap((kind) =>
    values.cuts[kind] ? [{ kind, key: values.cuts[kind] as string }] : [],
  );
}

/**
 * One metric as the company sees it: its value, the finest visible cut it belongs to (falling
 * back broader: industry × size, industry × region, industry, everyone) and why finer ones are
 * hidden. Only aggregates of the cut and the company's own rank are used.
 */
export function metricView(
  metric: (typeof BENCHMARK_METRICS)[number],
  cuts: { kind: CutKindKey; key: string }[],
  results: ReadonlyMap<string, BenchmarkResultRow>,
  position: PositionValues['metrics'][string] | undefined,
): MetricBenchmark {
  const spec = METRIC_SPECS[metric];
  const value = position?.value ?? null;
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
    const rank = value === null ? null : (position?.ranks[cut.kind] ?? null);
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
    value_reason: value === null ? 'NO_VALUE' : null,
    cohort,
    hidden,
  };
}

export function metricsView(
  values: PositionValues,
  rows: readonly BenchmarkResultRow[],
): CompanyBenchmarks['metrics'] {
  const cuts = positionCuts(values);
  const results = new Map(rows.map((r) => [`${r.metric}\u0000${r.cut}`, r]));
  return BENCHMARK_METRICS.map((metric) => metricView(metric, cuts, results, values.metrics[metric]));
}
