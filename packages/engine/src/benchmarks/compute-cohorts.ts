import { revenueBand } from '@ayni/contracts';
import { allCuts, CUT_KINDS, type CutFilter } from './cuts';
import { type CutDecision, decideCuts, type HiddenReason, type Member } from './disclosure';
import { type BenchmarkMetric, METRIC_SPECS } from './metrics';
import { type CohortQuantiles, percentileRankSorted, quantilesOfSorted } from './percentiles';

/** What is stored and published about one cut: aggregates only. */
export interface CutResult {
  key: string;
  n: number;
  visible: boolean;
  reason: HiddenReason | null;
  /** Trimmed percentiles of a visible cut (revenue: each rounded down to its band); else null. */
  quantiles: CohortQuantiles | null;
}

export interface MetricCohorts {
  cuts: CutResult[];
  /**
   * Member ranks, one array per cut kind (indexed like CUT_KINDS): rank of member i in the
   * visible cut of that kind it belongs to, or −1. Stays in the job.
   */
  ranks: Int16Array[];
}

/** Revenue percentiles as published: each rounded down to its 1–2–5 band. */
export function bandQuantiles(q: CohortQuantiles): CohortQuantiles {
  const low = (v: number) => revenueBand(v).low;
  return { p10: low(q.p10), p25: low(q.p25), p50: low(q.p50), p75: low(q.p75), p90: low(q.p90) };
}

/**
 * One metric of one period over a population: every cut's disclosure decision, the visible
 * cuts' trimmed percentiles and each member's percentile rank in them.
 */
export function computeMetricCohorts(
  metric: BenchmarkMetric,
  members: readonly Member[],
  minCompanies: number,
  /** Every cut of the population (allCuts of all its companies); cuts with no member are left out. */
  cuts: readonly CutFilter[] = allCuts(members),
): MetricCohorts {
  const spec = METRIC_SPECS[metric];
  const decisions = decideCuts(members, cuts, { minCompanies, additive: spec.additive }).filter(
    (d) => d.n > 0,
  );
  const ranks = CUT_KINDS.map(() => new Int16Array(members.length).fill(-1));
  const results = decisions.map((d: CutDecision): CutResult => {
    if (!d.visible) return { key: d.key, n: d.n, visible: false, reason: d.reason, quantiles: null };
    const values = new Float64Array(d.n);
    d.memberIndexes.forEach((i, j) => {
      values[j] = (members[i] as Member).value;
    });
    values.sort(); // typed arrays sort numerically
    const sorted = Array.from(values);
    const quantiles = quantilesOfSorted(sorted);
    const byKind = ranks[CUT_KINDS.indexOf(d.cut.kind)] as Int16Array;
    for (const i of d.memberIndexes)
      byKind[i] = percentileRankSorted(sorted, (members[i] as Member).value) as number;
    return {
      key: d.key,
      n: d.n,
      visible: true,
      reason: null,
      quantiles: quantiles && spec.banded ? bandQuantiles(quantiles) : quantiles,
    };
  });
  return { cuts: results, ranks };
}
