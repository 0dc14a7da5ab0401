import { bandQuantiles, type CutResult } from './compute-cohorts';
import { allCuts, type CompanyProfile, CUT_KINDS, type CutFilter, cutKey, cutsOf } from './cuts';
import { DOMINANCE_SHARE, effectiveMinCompanies } from './disclosure';
import { type BenchmarkMetric, METRIC_SPECS } from './metrics';
import { quantilesOfSorted } from './percentiles';
import { ascendingByValue, membersByCut, withValue } from './period-members';

const KINDS = CUT_KINDS.length;

/**
 * The companies of one (population, period) indexed once for every metric: the cuts, and the
 * cut each company belongs to in every kind. `computePeriodMetric` decides and ranks from it
 * without a member object per company and metric (the job does this for 10,000s of companies).
 */
export interface PeriodCuts {
  companies: number;
  /** allCuts of the companies: broadest first, then by key. */
  cuts: readonly CutFilter[];
  keys: readonly string[];
  /** CUT_KINDS index of each cut. */
  kinds: Uint8Array;
  /** `companyCuts[i × 4 + kind]`: index in `cuts` of company i's cut of that kind. */
  companyCuts: Int32Array;
}

export function indexPeriodCuts(companies: readonly CompanyProfile[]): PeriodCuts {
  // Companies share a few hundred profiles: cuts are looked up once per profile.
  const firstOfProfile = new Map<string, number>();
  const profileOf = new Int32Array(companies.length);
  const profiles: CompanyProfile[] = [];
  companies.forEach((c, i) => {
    const key = `${c.industry}\u0000${c.size}\u0000${c.region}`;
    let profile = firstOfProfile.get(key);
    if (profile === undefined) {
      profile = profiles.length;
      firstOfProfile.set(key, profile);
      profiles.push(c);
    }
    profileOf[i] = profile;
  });
  const cuts = allCuts(profiles);
  const keys = cuts.map(cutKey);
  const indexOfKey = new Map(keys.map((key, i) => [key, i]));
  const kinds = Uint8Array.from(cuts, (cut) => CUT_KINDS.indexOf(cut.kind));
  const profileCuts = new Int32Array(profiles.length * KINDS);
  profiles.forEach((profile, p) => {
    for (const cut of cutsOf(profile))
      profileCuts[p * KINDS + CUT_KINDS.indexOf(cut.kind)] = indexOfKey.get(cutKey(cut)) as number;
  });
  const companyCuts = new Int32Array(companies.length * KINDS);
  for (let i = 0; i < companies.length; i++) {
    const from = (profileOf[i] as number) * KINDS;
    companyCuts.set(profileCuts.subarray(from, from + KINDS), i * KINDS);
  }
  return { companies: companies.length, cuts, keys, kinds, companyCuts };
}

/**
 * `computeMetricCohorts` of one metric over the companies of `period`, where `values[i]` is
 * company i's value (NaN: none, not a member). Same decisions (decideCuts), percentiles and
 * ranks, but ranks are indexed by company (−1: none) and member sets are index ranges.
 */
export function computePeriodMetric(
  metric: BenchmarkMetric,
  values: Float64Array,
  period: PeriodCuts,
  minCompanies: number,
): { cuts: CutResult[]; ranks: Int16Array[] } {
  const spec = METRIC_SPECS[metric];
  const k = effectiveMinCompanies(minCompanies);
  const { cuts, keys, kinds, companyCuts } = period;
  const { start, members } = membersByCut(period, withValue(values));
  // The same member sets, each in ascending value order: sorted values and ranks without a sort
  // or a search per cut.
  const byValue = ascendingByValue(values);
  const ascending = membersByCut(period, byValue.order).members;
  const size = (c: number) => (start[c + 1] as number) - (start[c] as number);
  // Whether every member of cut `inner` is in cut `outer` (disclosure.ts `contains`).
  const contains = (outer: number, inner: number) => {
    const o = cuts[outer] as CutFilter;
    if (o.kind === 'all') return true;
    if (o.industry !== (cuts[inner] as CutFilter).industry) return false;
    return o.kind === 'industry' || outer === inner;
  };
  const overlap = (a: number, b: number) => {
    if (contains(a, b)) return size(b);
    if (contains(b, a)) return size(a);
    if ((cuts[a] as CutFilter).industry !== (cuts[b] as CutFilter).industry || kinds[a] === kinds[b])
      return 0;
    const [small, other] = size(a) <= size(b) ? [a, b] : [b, a];
    const otherKind = kinds[other] as number;
    let common = 0;
    for (let m = start[small] as number; m < (start[small + 1] as number); m++)
      if (companyCuts[(members[m] as number) * KINDS + otherKind] === other) common++;
    return common;
  };
  const shown: number[] = [];
  const ranks = CUT_KINDS.map(() => new Int16Array(period.companies).fill(-1));
  const results: CutResult[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const n = size(c);
    if (n === 0) continue; // no member: not published, and never shown, so never compared
    const key = keys[c] as string;
    if (n < k) {
      results.push({
        key,
        n,
        visible: false,
        reason: { code: 'TOO_FEW_COMPANIES', required: k, actual: n },
        quantiles: null,
      });
      continue;
    }
    const from = start[c] as number;
    const to = start[c + 1] as number;
    if (spec.additive && isDominatedRange(values, members, from, to)) {
      results.push({ key, n, visible: false, reason: { code: 'DOMINANT_COMPANY' }, quantiles: null });
      continue;
    }
    const cut = cuts[c] as CutFilter;
    let tooClose = false;
    for (const other of shown) {
      // Cuts of different industries are disjoint: each alone has at least k members.
      const o = cuts[other] as CutFilter;
      if (cut.kind !== 'all' && o.kind !== 'all' && cut.industry !== o.industry) continue;
      const difference = n + size(other) - 2 * overlap(c, other);
      if (difference > 0 && difference < k) {
        tooClose = true;
        break;
      }
    }
    if (tooClose) {
      results.push({
        key,
        n,
        visible: false,
        reason: { code: 'TOO_CLOSE_TO_ANOTHER_CUT', required: k },
        quantiles: null,
      });
      continue;
    }
    shown.push(c);
    const sorted = new Float64Array(n);
    for (let m = from; m < to; m++) sorted[m - from] = values[ascending[m] as number] as number;
    rankRuns(ascending, from, to, byValue.tie, ranks[kinds[c] as number] as Int16Array);
    const quantiles = quantilesOfSorted(sorted);
    results.push({
      key,
      n,
      visible: true,
      reason: null,
      quantiles: quantiles && spec.banded ? bandQuantiles(quantiles) : quantiles,
    });
  }
  return { cuts: results, ranks };
}

/** disclosure.ts `isDominated` over the members' values, summed in the same order. */
function isDominatedRange(values: Float64Array, members: Int32Array, from: number, to: number): boolean {
  let total = 0;
  let largest = 0;
  for (let m = from; m < to; m++) {
    const v = values[members[m] as number] as number;
    if (v <= 0) continue;
    total += v;
    if (v > largest) largest = v;
  }
  return total > 0 && largest > DOMINANCE_SHARE * total;
}

/**
 * percentileRankSorted of every member of a cut, from its members in ascending value order:
 * a run of equal values (same `tie`) has `below` = its start and `equal` = its length.
 */
function rankRuns(ascending: Int32Array, from: number, to: number, tie: Int32Array, into: Int16Array): void {
  const n = to - from;
  let run = from;
  while (run < to) {
    const value = tie[ascending[run] as number];
    let end = run + 1;
    while (end < to && tie[ascending[end] as number] === value) end++;
    const rank = Math.round(((run - from + (end - run) / 2) / n) * 100);
    for (let m = run; m < end; m++) into[ascending[m] as number] = rank;
    run = end;
  }
}
