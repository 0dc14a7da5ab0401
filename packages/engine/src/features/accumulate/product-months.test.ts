import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankFeatureLine } from '../blank-line';
import { buildFeatureResult, createFeatureAccumulator } from '../compute-features';
import { randomLine } from '../random-lines.testkit';
import { FEATURE_LEVELS, type FeatureLine } from '../types';

/**
 * Folding product × day cells into months (`productDaysUpTo`) changes no row: every level but
 * product × day comes out exactly as without it, whatever the line order and the fold point.
 */
const FROM = Date.UTC(2024, 0, 20);
const TO = Date.UTC(2025, 3, 10);

const lineArbitrary = randomLine(FROM, TO);

const WITHOUT_PRODUCT_DAYS = FEATURE_LEVELS.filter((level) => level !== 'product_day');

function rows(lines: FeatureLine[], productDaysUpTo?: number) {
  const accumulator = createFeatureAccumulator({ productDaysUpTo });
  for (const line of lines) accumulator.add(line);
  return buildFeatureResult(accumulator, { levels: WITHOUT_PRODUCT_DAYS });
}

describe('product × day cells folded into months', () => {
  it('give the same rows at every other level', () => {
    fc.assert(
      fc.property(
        fc.array(lineArbitrary, { minLength: 1, maxLength: 80 }),
        fc.nat({ max: 80 }),
        (lines, upTo) => {
          expect(rows(lines, upTo)).toEqual(rows(lines));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('same days of a month, sold again after the fold, count once', () => {
    const day = (d: number, hour: number) => Date.UTC(2025, 2, d, hour + 3);
    const sale = (soldAt: number, priceTotal: number): FeatureLine => ({
      ...blankFeatureLine(),
      soldAt,
      transId: `T${soldAt}`,
      productId: 'A',
      quantity: 1,
      priceTotal,
    });
    const lines = [
      sale(day(3, 10), 100),
      sale(day(5, 10), 100),
      sale(day(3, 15), 100),
      sale(day(31, 9), -50),
    ];
    const folded = rows(lines, 1);
    const [month] = folded.levels.product_month;
    expect(month).toMatchObject({ period: '2025-03', days_sold: 2, revenue: 250 });
    expect(folded).toEqual(rows(lines));
  });

  it('keeps product × day rows while the lines stay within the limit', () => {
    const accumulator = createFeatureAccumulator({ productDaysUpTo: 1 });
    const line = { soldAt: Date.UTC(2025, 2, 3, 13) } as FeatureLine;
    accumulator.add({ ...line, transId: 'T1', productId: 'A', quantity: 1, priceTotal: 10 } as FeatureLine);
    expect(buildFeatureResult(accumulator).levels.product_day).toHaveLength(1);
    accumulator.add({ ...line, transId: 'T2', productId: 'A', quantity: 1, priceTotal: 10 } as FeatureLine);
    expect(() => buildFeatureResult(accumulator)).toThrow(/folded/);
  });
});
