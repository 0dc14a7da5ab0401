import { describe, expect, it } from 'vitest';
import type { FeatureLine } from '../features/types';
import { mulberry32 } from './customers/clv/simulate.testkit';
import { addDays, at, insightsOf, saleLine } from './insights.testkit';

/** Every number in a result, with its path. */
function numbers(value: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) numbers(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  }
  return out;
}

/** Random lines: returns, zero totals, missing costs and customers, one-line tickets, odd dates. */
function randomLines(seed: number, count: number): FeatureLine[] {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, () => {
    const sign = random() < 0.1 ? -1 : 1;
    const total = random() < 0.05 ? 0 : sign * (1 + pick(50_000));
    return saleLine(
      at(addDays('2025-06-30', -pick(900))),
      `T${pick(count / 2)}`,
      `P${pick(30)}`,
      sign * (1 + pick(5)),
      total,
      {
        costTotal: random() < 0.3 ? null : Math.abs(total) * random() * 1.3,
        customerId: random() < 0.4 ? null : `C${pick(60)}`,
      },
    );
  });
}

describe('robustness: any lines give finite numbers or null, never NaN or Infinity', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}`, () => {
      const result = insightsOf(randomLines(seed, 400 + seed * 100), { churnDays: 30 + seed * 10 });
      const bad = numbers(result).filter(([, v]) => !Number.isFinite(v));
      expect(bad).toEqual([]);
    });
  }

  it('no lines at all: every section null', () => {
    const result = insightsOf([]);
    expect(result).toMatchObject({ data_through: null, products: null, customers: null, baskets: null });
    expect(result.alerts.ranked).toEqual([]);
  });

  it('only returns: no crash, nothing to rank as A', () => {
    const result = insightsOf([saleLine(at('2025-06-30'), 'NC1', 'A', -1, -100, { customerId: 'C1' })]);
    expect(result.products?.pareto.products_with_revenue).toBe(0);
    expect(result.products?.abc_revenue.counts).toEqual({ A: 0, B: 0, C: 1 });
  });
});
