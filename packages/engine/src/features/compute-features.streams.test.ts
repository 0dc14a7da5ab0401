import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFeatureResult,
  buildFeatureStreams,
  computeFeatures,
  createFeatureAccumulator,
  STREAMED_LEVELS,
} from './compute-features';
import { saleLine } from './lines.testkit';
import { FEATURE_LEVELS, type FeatureLine } from './types';

const line: fc.Arbitrary<FeatureLine> = fc.record({
  soldAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 5, 1) }),
  transId: fc.constantFrom('T1', 'T2', 'T3', 'T4'),
  productId: fc.constantFrom('A', 'B', 'C'),
  quantity: fc.integer({ min: -2000, max: 4000 }).map((grams) => grams / 1000),
  priceTotal: fc.integer({ min: -300_000, max: 900_000 }).map((cents) => cents / 100),
  costTotal: fc.option(fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100)),
  discountTotal: fc.constant(null),
  customerId: fc.option(fc.constantFrom('K1', 'K2', 'K3')),
  category: fc.option(fc.constantFrom('X', 'Y')),
  location: fc.option(fc.constantFrom('Centro', 'Norte')),
  description: fc.constant(null),
  unitType: fc.constant(null),
});

function accumulate(lines: FeatureLine[]) {
  const accumulator = createFeatureAccumulator();
  for (const each of lines) accumulator.add(each);
  return accumulator;
}

describe('buildFeatureStreams', () => {
  it('gives the rows buildFeatureResult gives, the big levels as iterables built anew each time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 50 }), async (lines) => {
        const arrays = buildFeatureResult(accumulate(lines));
        const streams = buildFeatureStreams(accumulate(lines));
        for (const level of FEATURE_LEVELS) {
          const rows = streams.levels[level];
          const first = [...rows];
          expect(first, level).toEqual(arrays.levels[level]);
          // Iterated again, the same rows, as new objects.
          const second = [...rows];
          expect(second, level).toEqual(first);
          if (first.length > 0 && (STREAMED_LEVELS as readonly string[]).includes(level)) {
            expect(Array.isArray(rows), level).toBe(false);
            expect(second[0]).not.toBe(first[0]);
          }
        }
        expect(await computeFeatures(lines)).toEqual(arrays);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the small levels as arrays, and empty levels as empty arrays', () => {
    const streams = buildFeatureStreams(
      accumulate([saleLine('2025-03-14T12:00-03:00', 'T1', 'A', 1, 1000, { customerId: 'C1' })]),
    );
    for (const level of FEATURE_LEVELS) {
      if (!(STREAMED_LEVELS as readonly string[]).includes(level))
        expect(Array.isArray(streams.levels[level]), level).toBe(true);
    }
    expect(buildFeatureStreams(createFeatureAccumulator()).levels.product_day).toEqual([]);
  });

  it('builds only the levels of options.levels when given, the others as from a narrower accumulator', () => {
    const lines = [
      saleLine('2025-03-14T12:00-03:00', 'T1', 'A', 1, 1000, { customerId: 'C1' }),
      saleLine('2025-03-15T12:00-03:00', 'T2', 'B', 2, 500, { customerId: 'C2' }),
    ];
    const levels = FEATURE_LEVELS.filter((level) => level !== 'product_day' && level !== 'day');
    const narrowed = buildFeatureResult(accumulate(lines), { levels });
    const accumulator = createFeatureAccumulator({ levels });
    for (const each of lines) accumulator.add(each);
    expect(narrowed).toEqual(buildFeatureResult(accumulator));
    expect(narrowed.levels.product_day).toEqual([]);
    expect(narrowed.levels.day).toEqual([]);
    expect(narrowed.levels.product_month).toHaveLength(2);
  });
});
