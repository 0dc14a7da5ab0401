import { revenueBand } from '@ayni/contracts';
import { allCuts } from './cuts';
import { type CutDecision, decideCuts, type HiddenReason, type Member } from './disclosure';
import { type BenchmarkMetric, METRIC_SPECS } from './metrics';
import { type CohortQuantiles, cohortQuantiles, percentileRank } from './percentiles';

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
  /** Member index → (cut key → percentile rank), for visible cuts only; stays in the job. */
  ranks: Map<number, Record<string, number>>;
}

function bandQuantiles(q: CohortQuantiles): CohortQuantiles {
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
): MetricCohorts {
  const spec = METRIC_SPECS[metric];
  const decisions = decideCuts(members, allCuts(members), { minCompanies, additive: spec.additive });
  const ranks = new Map<number, Record<string, number>>();
  const cuts = decisions.map((d: CutDecision): CutResult => {
    if (!d.visible) return { key: d.key, n: d.n, visible: false, reason: d.reason, quantiles: null };
    const values = d.memberIndexes.map((i) => (members[i] as Member).value).sort((a, b) => a - b);
    const quantiles = cohortQuantiles(values);
    for (const i of d.memberIndexes) {
      const rank = percentileRank(values, (members[i] as Member).value) as number;
      const own = ranks.get(i);
      if (own) own[d.key] = rank;
      else ranks.set(i, { [d.key]: rank });
    }
    return {
      key: d.key,
      n: d.n,
      visible: true,
      reason: null,
      quantiles: quantiles && spec.banded ? bandQuantiles(quantiles) : quantiles,
    };
  });
  return { cuts, ranks };
}
