import { type CompanyProfile, type CutFilter, cutKey, matches } from './cuts';

/** Smallest cohort ever shown; configuration may raise it, never lower it. */
export const MIN_COHORT_FLOOR = 10;
/** A cut is hidden when one company holds more than this share of its total (additive metrics). */
export const DOMINANCE_SHARE = 0.5;

export function effectiveMinCompanies(configured: number): number {
  return Math.max(MIN_COHORT_FLOOR, Math.floor(configured));
}

export type HiddenReason =
  | { code: 'TOO_FEW_COMPANIES'; required: number; actual: number }
  | { code: 'DOMINANT_COMPANY' }
  | { code: 'TOO_CLOSE_TO_ANOTHER_CUT'; required: number };

export interface Member extends CompanyProfile {
  value: number;
}

export interface CutDecision {
  cut: CutFilter;
  key: string;
  /** Members with a value (before trimming). */
  n: number;
  visible: boolean;
  reason: HiddenReason | null;
  /** Indexes into the members array, for ranks; never leaves the computation. */
  memberIndexes: number[];
}

/** Whether every member of `inner` is in `outer` (cuts are nested by construction). */
function contains(outer: CutDecision, inner: CutDecision): boolean {
  if (outer.cut.kind === 'all') return true;
  if (outer.cut.industry !== inner.cut.industry) return false;
  if (outer.cut.kind === 'industry') return true;
  return outer.key === inner.key;
}

/** |A ∩ B|, from the cuts' structure; only industry × size against industry × region is counted. */
function overlap(a: CutDecision, b: CutDecision, members: readonly Member[]): number {
  if (contains(a, b)) return b.n;
  if (contains(b, a)) return a.n;
  if (a.cut.industry !== b.cut.industry || a.cut.kind === b.cut.kind) return 0;
  const [small, other] = a.n <= b.n ? [a, b] : [b, a];
  let common = 0;
  for (const i of small.memberIndexes) if (matches(other.cut, members[i] as Member)) common++;
  return common;
}

/**
 * Which cuts of one (metric, period) may be shown, decided broadest first:
 * 1. at least `minCompanies` members (never below 10);
 * 2. additive metrics: no member holds more than 50 % of the cut's total (of positive values);
 * 3. differencing guard: its member set equals, or differs by at least `minCompanies`
 *    companies from, every cut already shown; otherwise subtracting one published cut from the
 *    other would describe fewer than `minCompanies` companies (possibly one).
 */
export function decideCuts(
  members: readonly Member[],
  cuts: readonly CutFilter[],
  rules: { minCompanies: number; additive: boolean },
): CutDecision[] {
  const k = effectiveMinCompanies(rules.minCompanies);
  const shown: CutDecision[] = [];
  const byIndustry = new Map<string, number[]>();
  members.forEach((m, i) => {
    const list = byIndustry.get(m.industry);
    if (list) list.push(i);
    else byIndustry.set(m.industry, [i]);
  });
  return cuts.map((cut) => {
    const candidates =
      cut.kind === 'all' ? members.map((_, i) => i) : (byIndustry.get(cut.industry ?? '') ?? []);
    const memberIndexes = candidates.filter((i) => matches(cut, members[i] as Member));
    const n = memberIndexes.length;
    const decision: CutDecision = { cut, key: cutKey(cut), n, visible: false, reason: null, memberIndexes };
    if (n < k) {
      decision.reason = { code: 'TOO_FEW_COMPANIES', required: k, actual: n };
      return decision;
    }
    if (rules.additive && isDominated(memberIndexes.map((i) => (members[i] as Member).value))) {
      decision.reason = { code: 'DOMINANT_COMPANY' };
      return decision;
    }
    for (const other of shown) {
      // Cuts of different industries are disjoint: each alone has at least k members.
      if (cut.kind !== 'all' && other.cut.kind !== 'all' && cut.industry !== other.cut.industry) continue;
      const difference = n + other.n - 2 * overlap(decision, other, members);
      if (difference > 0 && difference < k) {
        decision.reason = { code: 'TOO_CLOSE_TO_ANOTHER_CUT', required: k };
        return decision;
      }
    }
    decision.visible = true;
    shown.push(decision);
    return decision;
  });
}

/** Whether one value exceeds DOMINANCE_SHARE of the sum of the positive values. */
export function isDominated(values: readonly number[]): boolean {
  let total = 0;
  let largest = 0;
  for (const v of values) {
    if (v <= 0) continue;
    total += v;
    if (v > largest) largest = v;
  }
  return total > 0 && largest > DOMINANCE_SHARE * total;
}
