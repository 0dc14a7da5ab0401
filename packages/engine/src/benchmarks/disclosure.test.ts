import { describe, expect, it } from 'vitest';
import { computeMetricCohorts } from './compute-cohorts';
import { allCuts, CUT_KINDS, matches } from './cuts';
import { decideCuts, effectiveMinCompanies, isDominated, type Member } from './disclosure';

const member = (industry: string, size: string, region: string, value: number): Member => ({
  industry,
  size,
  region,
  value,
});
const many = (count: number, make: (i: number) => Member) => Array.from({ length: count }, (_, i) => make(i));
const decide = (members: Member[], additive = false, minCompanies = 10) =>
  new Map(decideCuts(members, allCuts(members), { minCompanies, additive }).map((d) => [d.key, d]));

describe('minimum cell size', () => {
  it('never goes below 10, may go above', () => {
    expect(effectiveMinCompanies(3)).toBe(10);
    expect(effectiveMinCompanies(12)).toBe(12);
  });

  it('hides a cut of 7 and says how many are needed and how many there are', () => {
    const members = many(7, (i) => member('retail', 'small', 'RM', i + 1));
    const d = decide(members).get('industry:retail');
    expect(d?.visible).toBe(false);
    expect(d?.reason).toEqual({ code: 'TOO_FEW_COMPANIES', required: 10, actual: 7 });
  });

  it('shows a cut of exactly 10, and hides it when the threshold is raised to 12', () => {
    const members = many(10, (i) => member('retail', 'small', 'RM', i + 1));
    expect(decide(members).get('industry:retail')?.visible).toBe(true);
    expect(decide(members, false, 12).get('industry:retail')?.reason).toEqual({
      code: 'TOO_FEW_COMPANIES',
      required: 12,
      actual: 10,
    });
  });
});

describe('dominance', () => {
  it('flags one company above 50 % of the total, not at 50 % exactly', () => {
    expect(isDominated([60, 10, 10, 10, 10])).toBe(true);
    expect(isDominated([50, 10, 10, 10, 10, 10])).toBe(false);
    expect(isDominated([-100, 1, 1])).toBe(false); // negatives do not count toward the total
  });

  it('hides an additive cut one company dominates, but not a ratio metric of the same companies', () => {
    const members = many(12, (i) => member('retail', 'small', 'RM', i === 0 ? 1000 : 10)); // 1000 of 1110
    expect(decide(members, true).get('industry:retail')?.reason).toEqual({ code: 'DOMINANT_COMPANY' });
    expect(decide(members, false).get('industry:retail')?.visible).toBe(true);
  });
});

describe('differencing guard', () => {
  // Retail: 10 small companies and 1 medium one. Without the guard, "retail" (11) and
  // "retail × small" (10) would both be shown, and their difference is the medium company.
  const attack = [
    ...many(10, (i) => member('retail', 'small', 'RM', 100 + i)),
    member('retail', 'medium', 'RM', 5000),
  ];

  it('hides the finer of two cuts that differ by one company', () => {
    const d = decide(attack);
    expect(d.get('industry:retail')?.visible).toBe(true);
    expect(d.get('industry_size:retail|small')?.reason).toEqual({
      code: 'TOO_CLOSE_TO_ANOTHER_CUT',
      required: 10,
    });
    expect(d.get('industry_size:retail|medium')?.visible).toBe(false);
    // Same members as "retail": publishing it again adds nothing to subtract.
    expect(d.get('industry_region:retail|RM')?.visible).toBe(true);
  });

  it('lets both be shown once they differ by at least 10 companies', () => {
    const members = [
      ...many(10, (i) => member('retail', 'small', 'RM', 100 + i)),
      ...many(10, (i) => member('retail', 'medium', 'RM', 200 + i)),
    ];
    const d = decide(members);
    expect(d.get('industry_size:retail|small')?.visible).toBe(true);
    expect(d.get('industry_size:retail|medium')?.visible).toBe(true);
  });

  it('catches a size cut and a region cut that overlap in all but one company', () => {
    const members = [
      ...many(30, (i) => member('retail', 'small', 'RM', i + 1)),
      member('retail', 'small', 'Valparaíso', 99), // size cut = region cut + this one
      ...many(12, (i) => member('retail', 'medium', 'Biobío', i + 1)),
    ];
    const d = decide(members);
    expect(d.get('industry_size:retail|small')?.visible).toBe(true);
    expect(d.get('industry_region:retail|RM')?.reason?.code).toBe('TOO_CLOSE_TO_ANOTHER_CUT');
  });

  it('leaves no two visible cuts whose member sets differ by 1..k−1 companies (random populations)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
    for (let round = 0; round < 200; round++) {
      const members = many(20 + Math.floor(random() * 120), () =>
        member(
          pick(['a', 'b', 'c']),
          pick(['micro', 'small', 'medium']),
          pick(['RM', 'V', 'VIII', 'X']),
          random(),
        ),
      );
      const k = 10;
      const visible = decideCuts(members, allCuts(members), { minCompanies: k, additive: false }).filter(
        (d) => d.visible,
      );
      // Recount every pair from explicit member sets, independently of the guard's shortcut.
      const sets = visible.map((d) => new Set(members.flatMap((m, i) => (matches(d.cut, m) ? [i] : []))));
      for (let x = 0; x < sets.length; x++)
        for (let y = x + 1; y < sets.length; y++) {
          const a = sets[x] as Set<number>;
          const b = sets[y] as Set<number>;
          const difference = [...a].filter((i) => !b.has(i)).length + [...b].filter((i) => !a.has(i)).length;
          expect(difference === 0 || difference >= k, `${visible[x]?.key} vs ${visible[y]?.key}`).toBe(true);
        }
    }
  });
});

describe('computeMetricCohorts', () => {
  it('publishes trimmed percentiles and ranks only for visible cuts', () => {
    const members = many(10, (i) => member('retail', 'small', 'RM', i + 1));
    const { cuts, ranks } = computeMetricCohorts('avg_ticket', members, 10);
    const retail = cuts.find((c) => c.key === 'industry:retail');
    expect(retail?.quantiles?.p50).toBeCloseTo(5.5, 10);
    const industry = ranks[CUT_KINDS.indexOf('industry')];
    expect(industry?.[9]).toBe(95); // value 10: 9 below + ½ of itself, of 10
    expect(industry?.[0]).toBe(5);
    // "retail × small" and "retail × RM" have the same 10 members: visible, ranked the same.
    expect(CUT_KINDS.map((kind) => ranks[CUT_KINDS.indexOf(kind)]?.[0])).toEqual([5, 5, 5, 5]);
  });

  it('ranks no one in a hidden cut', () => {
    const members = many(9, (i) => member('retail', 'small', 'RM', i + 1));
    const { cuts, ranks } = computeMetricCohorts('avg_ticket', members, 10);
    expect(cuts.every((c) => !c.visible && c.quantiles === null)).toBe(true);
    expect(ranks.every((byKind) => byKind.every((r) => r === -1))).toBe(true);
  });

  it('rounds revenue percentiles down to their 1–2–5 band', () => {
    const members = many(10, (i) => member('retail', 'small', 'RM', (i + 1) * 1_000_000));
    const { cuts } = computeMetricCohorts('revenue', members, 10);
    // median 5.5M → band 5M–10M; p10 1.9M → 1M–2M; p90 9.1M → 5M–10M
    expect(cuts[0]?.quantiles).toEqual({
      p10: 1_000_000,
      p25: 2_000_000,
      p50: 5_000_000,
      p75: 5_000_000,
      p90: 5_000_000,
    });
  });
});
