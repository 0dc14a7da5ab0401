import { describe, expect, it } from 'vitest';
import type { FeatureLine } from '../../features/types';
import { at, insightsOf, saleLine } from '../insights.testkit';
import { PairCounts } from './pairs';

/** Product A has a description; the others do not. */
const DESCRIPTIONS: Record<string, string> = { A: 'Pan amasado' };

/** `count` tickets holding exactly `products`. */
function tickets(prefix: string, count: number, products: string[]): FeatureLine[] {
  return Array.from({ length: count }, (_, i) =>
    products.map((p) =>
      saleLine(at('2025-06-30'), `${prefix}${i}`, p, 1, 100, { description: DESCRIPTIONS[p] ?? '' }),
    ),
  ).flat();
}

describe('baskets: pairs with support, confidence and lift', () => {
  // 102 tickets: 20 {A,B}, 10 {A}, 10 {B}, 40 {C}, 5 {C,E}, 15 {E}, 2 {F,G}.
  const lines = [
    ...tickets('ab', 20, ['A', 'B']),
    ...tickets('a', 10, ['A']),
    ...tickets('b', 10, ['B']),
    ...tickets('c', 40, ['C']),
    ...tickets('ce', 5, ['C', 'E']),
    ...tickets('e', 15, ['E']),
    ...tickets('fg', 2, ['F', 'G']),
    // A return in an A+B ticket does not put a product in the basket.
    saleLine(at('2025-06-30'), 'ab0', 'E', -1, -100),
  ];
  const baskets = insightsOf(lines).baskets;

  it('names each pair in product order, whatever order the lines come in', () => {
    const reversed = insightsOf([...lines].reverse()).baskets;
    expect(reversed).toEqual(baskets);
    for (const pair of baskets?.pairs ?? []) expect(pair.product_a < pair.product_b).toBe(true);
  });

  it('keeps pairs with lift > 1 and the minimum support, with exact measures', () => {
    // A,B: 20 of 102 tickets; A in 30, B in 30 → lift 20·102/(30·30) = 2.267.
    // C,E: lift 5·102/(45·20) = 0.567 (dropped); F,G: 2 tickets < 3 (dropped).
    expect(baskets?.pairs).toEqual([
      {
        product_a: 'A',
        product_b: 'B',
        tickets: 20,
        support_pct: 19.61,
        confidence_a_to_b_pct: 66.67,
        confidence_b_to_a_pct: 66.67,
        lift: 2.267,
        // Named as the file describes them, where it does.
        name_a: 'Pan amasado',
        name_b: null,
      },
    ]);
    expect(baskets?.observations[0]?.title.es).toBe(
      'Pan amasado y B se compran juntos 2,3 veces más que por azar',
    );
    expect(baskets?.tickets).toBe(102);
    expect(baskets?.min_pair_tickets).toBe(3);
  });

  it('cross-sell suggestions and frequency', () => {
    expect(baskets?.cross_sell).toEqual([
      { product_id: 'A', suggestions: [{ product_id: 'B', confidence_pct: 66.67, lift: 2.267 }] },
      { product_id: 'B', suggestions: [{ product_id: 'A', confidence_pct: 66.67, lift: 2.267 }] },
    ]);
    // 27 of 102 tickets hold two or more products.
    expect(baskets?.multi_product_ticket_pct).toBe(26.47);
  });
});

describe('PairCounts', () => {
  it('counts pairs in first-met order alike in its array and in its Map', () => {
    // Products 0…5 with 0 and 4 below the minimum of 2 tickets.
    const productTickets = Float64Array.from([1, 3, 2, 5, 0, 2]);
    const met = [
      [1, 3],
      [2, 5],
      [1, 3],
      [3, 5],
      [2, 5],
      [1, 3],
    ] as const;
    const counted = (denseUpTo: number) => {
      const counts = new PairCounts(6, productTickets, 2, denseUpTo);
      for (const [a, b] of met) counts.add(a * 6 + b, a, b);
      return [...counts.entries()];
    };
    expect(counted(2048)).toEqual([
      [1 * 6 + 3, 3],
      [2 * 6 + 5, 2],
      [3 * 6 + 5, 1],
    ]);
    expect(counted(0)).toEqual(counted(2048));
  });
});
