import { describe, expect, it } from 'vitest';
import { computeMetricCohorts } from './compute-cohorts';
import { allCuts, type CompanyProfile, CUT_KINDS, cutKey } from './cuts';
import type { Member } from './disclosure';
import { BENCHMARK_METRICS } from './metrics';
import { computePeriodMetric, indexPeriodCuts } from './period-cohorts';

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;

/** Values with ties, negatives, zeros, one giant (dominance) and missing ones (NaN). */
function value(): number {
  const r = random();
  if (r < 0.15) return Number.NaN;
  if (r < 0.25) return pick([0, 1, 2, 2, 5]);
  if (r < 0.28) return 1e9;
  if (r < 0.35) return -random() * 100;
  return Math.round(random() * 1e6) / 100;
}

describe('computePeriodMetric', () => {
  it('decides, publishes and ranks exactly as computeMetricCohorts (random populations)', () => {
    const reasons = new Set<string>();
    for (let round = 0; round < 50; round++) {
      const companies: CompanyProfile[] = Array.from({ length: 5 + Math.floor(random() * 250) }, () => ({
        industry: pick(['a', 'b', 'c', 'd']),
        size: pick(['micro', 'small', 'medium']),
        region: pick(['RM', 'V', 'VIII', 'X', 'XIV']),
      }));
      const period = indexPeriodCuts(companies);
      const values = Float64Array.from(companies, value);
      const minCompanies = pick([3, 10, 12, 25]);
      for (const metric of BENCHMARK_METRICS) {
        const members: Member[] = [];
        const rowOfMember: number[] = [];
        companies.forEach((c, i) => {
          if (Number.isNaN(values[i] as number)) return;
          members.push({ ...c, value: values[i] as number });
          rowOfMember.push(i);
        });
        const expected = computeMetricCohorts(metric, members, minCompanies, allCuts(companies));
        const actual = computePeriodMetric(metric, values, period, minCompanies);
        expect(actual.cuts).toEqual(expected.cuts);
        for (const cut of actual.cuts) reasons.add(cut.reason?.code ?? 'VISIBLE');
        CUT_KINDS.forEach((_, kind) => {
          const byRow = new Int16Array(companies.length).fill(-1);
          rowOfMember.forEach((row, m) => {
            byRow[row] = expected.ranks[kind]?.[m] as number;
          });
          expect(actual.ranks[kind]).toEqual(byRow);
        });
      }
    }
    // The populations reach every branch of the rules.
    expect([...reasons].sort()).toEqual([
      'DOMINANT_COMPANY',
      'TOO_CLOSE_TO_ANOTHER_CUT',
      'TOO_FEW_COMPANIES',
      'VISIBLE',
    ]);
  }, 30_000);

  it('indexes each company under its four cuts', () => {
    const companies = [
      { industry: 'b', size: 'small', region: 'RM' },
      { industry: 'a', size: 'micro', region: 'V' },
      { industry: 'b', size: 'small', region: 'RM' },
    ];
    const period = indexPeriodCuts(companies);
    expect(period.keys).toEqual(allCuts(companies).map(cutKey));
    const cutsOfCompany = (i: number) =>
      CUT_KINDS.map((_, kind) => period.keys[period.companyCuts[i * 4 + kind] as number]);
    expect(cutsOfCompany(0)).toEqual(['all', 'industry:b', 'industry_size:b|small', 'industry_region:b|RM']);
    expect(cutsOfCompany(1)).toEqual(['all', 'industry:a', 'industry_size:a|micro', 'industry_region:a|V']);
    expect(cutsOfCompany(2)).toEqual(cutsOfCompany(0));
  });
});
