import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankFeatureLine } from '../features/blank-line';
import { createFeatureAccumulator } from '../features/compute-features';
import { randomLine } from '../features/random-lines.testkit';
import type { FeatureLine } from '../features/types';
import { basketSizeSegments } from './baskets/basket-sizes';
import { basketPairs } from './baskets/pairs';
import { InsightAccumulator } from './insight-accumulator';

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2025, 3, 1);

/** Random lines, some of them free (total 0), which make no ticket in the feature accumulator. */
const lines = fc.array(
  fc
    .tuple(randomLine(FROM, TO), fc.integer({ min: 0, max: 9 }))
    .map(([line, roll]) => (roll === 0 ? { ...line, priceTotal: 0 } : line)),
  { minLength: 1, maxLength: 200 },
);

/**
 * The server feeds the insights the ticket numbers of the feature accumulator, which saw the
 * same lines, instead of interning every transId twice. Baskets and purchase days must be what
 * the insights find numbering the tickets themselves.
 */
describe('insights with the feature accumulator’s ticket numbers', () => {
  it('find the same baskets and purchase days', () => {
    fc.assert(
      fc.property(lines, (generated) => {
        const own = new InsightAccumulator();
        const shared = new InsightAccumulator();
        const features = createFeatureAccumulator();
        for (const line of generated) {
          own.add(line);
          shared.add(line, features.add(line));
        }
        expect(shared.productIds).toEqual(own.productIds);
        expect(basketPairs(shared.baskets(), shared.productIds)).toEqual(
          basketPairs(own.baskets(), own.productIds),
        );
        expect(basketSizeSegments(shared.baskets())).toEqual(basketSizeSegments(own.baskets()));
        expect(shared.customerDays).toEqual(own.customerDays);
      }),
      { numRuns: 300 },
    );
  });

  it('sum baskets as they go over many tickets in order, as if they kept them all', () => {
    // 30,000 tickets of 1–5 lines in time order (products skewed, some returns): far more than
    // the baskets kept behind the last ticket, so most are summed and dropped on the way.
    let seed = 20_261_206;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    const generated: FeatureLine[] = [];
    for (let ticket = 0; ticket < 30_000; ticket++) {
      const size = 1 + Math.floor(next() * 5);
      for (let i = 0; i < size; i++) {
        const returned = next() < 0.03;
        generated.push({
          ...blankFeatureLine(),
          soldAt: FROM + ticket * 60_000,
          transId: `F-${1_000 + ticket}`,
          productId: `P${Math.floor(next() ** 2 * 40)}`,
          quantity: returned ? -1 : 1,
          priceTotal: (returned ? -1 : 1) * (100 + Math.floor(next() * 5_000)),
        });
      }
    }
    const summing = new InsightAccumulator(true);
    const keeping = new InsightAccumulator();
    const features = createFeatureAccumulator({ contiguousTickets: true });
    for (const line of generated) {
      summing.add(line, features.add(line));
      keeping.add(line);
    }
    expect(features.ticketsExact).toBe(true);
    expect(summing.exact).toBe(true);
    const pairs = basketPairs(summing.baskets(), summing.productIds);
    expect(pairs.pairs.length).toBeGreaterThan(10);
    expect(pairs).toEqual(basketPairs(keeping.baskets(), keeping.productIds));
    expect(basketSizeSegments(summing.baskets())).toEqual(basketSizeSegments(keeping.baskets()));
  });

  it('refuses to mix ticket numbering within one accumulator', () => {
    const insights = new InsightAccumulator();
    const line = fc.sample(randomLine(FROM, TO), 1)[0];
    if (line === undefined) throw new Error('no line');
    insights.add(line, 0);
    expect(() => insights.add(line)).toThrow(/numbered/);
  });
});
