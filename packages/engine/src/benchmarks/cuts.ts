/**
 * Cohort cuts, broadest first: every participating company, its industry, industry × size and
 * industry × region. A cut is a filter on (industry, size, region); its members are the
 * companies of the population that match it and have a value for the metric.
 */
export type CutKind = 'all' | 'industry' | 'industry_size' | 'industry_region';
export const CUT_KINDS: readonly CutKind[] = ['all', 'industry', 'industry_size', 'industry_region'];

export interface CutFilter {
  kind: CutKind;
  industry?: string;
  size?: string;
  region?: string;
}

export interface CompanyProfile {
  industry: string;
  size: string;
  region: string;
}

/** Stable text key of a cut: `all`, `industry:retail`, `industry_size:retail|small`, … */
export function cutKey(cut: CutFilter): string {
  if (cut.kind === 'all') return 'all';
  if (cut.kind === 'industry') return `industry:${cut.industry}`;
  if (cut.kind === 'industry_size') return `industry_size:${cut.industry}|${cut.size}`;
  return `industry_region:${cut.industry}|${cut.region}`;
}

export function matches(cut: CutFilter, company: CompanyProfile): boolean {
  if (cut.kind === 'all') return true;
  if (company.industry !== cut.industry) return false;
  if (cut.kind === 'industry_size') return company.size === cut.size;
  if (cut.kind === 'industry_region') return company.region === cut.region;
  return true;
}

/** The four cuts a company belongs to, finest first (the order a page falls back through). */
export function cutsOf(company: CompanyProfile): CutFilter[] {
  const { industry, size, region } = company;
  return [
    { kind: 'industry_size', industry, size },
    { kind: 'industry_region', industry, region },
    { kind: 'industry', industry },
    { kind: 'all' },
  ];
}

/** Every cut some company of `companies` belongs to, broadest first, then by key. */
export function allCuts(companies: Iterable<CompanyProfile>): CutFilter[] {
  const byKey = new Map<string, CutFilter>();
  for (const company of companies)
    for (const cut of cutsOf(company)) if (!byKey.has(cutKey(cut))) byKey.set(cutKey(cut), cut);
  return [...byKey.values()].sort(
    (a, b) => CUT_KINDS.indexOf(a.kind) - CUT_KINDS.indexOf(b.kind) || (cutKey(a) < cutKey(b) ? -1 : 1),
  );
}
