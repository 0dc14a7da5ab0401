import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeatureAccumulator } from '../features/compute-features';
import { randomLine } from '../features/random-lines.testkit';
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

  it('refuses to mix ticket numbering within one accumulator', () => {
    const insights = new InsightAccumulator();
    const line = fc.sample(randomLine(FROM, TO), 1)[0];
    if (line === undefined) throw new Error('no line');
    insights.add(line, 0);
    expect(() => insights.add(line)).toThrow(/numbered/);
  });
});
