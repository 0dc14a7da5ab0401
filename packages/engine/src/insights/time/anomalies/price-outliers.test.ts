import { describe, expect, it } from 'vitest';
import { dateOf, parseDay } from '../calendar/days';
import type { ProductDayRowInput, TimeInsightInput } from '../input';
import { priceOutliers } from './price-outliers';
import type { PriceOutliers } from './types';

const start = parseDay('2025-03-01') as number;

/** One product-day per price, on consecutive days from 2025-03-01. */
const days = (productId: string, prices: (number | null)[]): ProductDayRowInput[] =>
  prices.map((price, i) => ({
    product_id: productId,
    period: dateOf(start + i),
    avg_unit_price: price,
    sale_lines: 1,
  }));

const flat = (n: number, price: number) => new Array<number>(n).fill(price);

function run(rows: ProductDayRowInput[]): PriceOutliers {
  const input: TimeInsightInput = {
    data_through: '2025-04-30',
    levels: {
      day: [],
      day_hour: [],
      product_day: rows,
      product: [{ product_id: 'A', description: 'Pan amasado' }],
    },
  };
  return priceOutliers(input) as PriceOutliers;
}

describe('unit-price outliers', () => {
  it('flags a one-day price slip, high or low, against the product’s neighbouring days', () => {
    const high = flat(30, 1000);
    high[15] = 1500;
    const low = flat(30, 1000);
    low[10] = 500;
    const result = run([...days('A', high), ...days('B', low)]);
    expect(result.outlier_count).toBe(2);
    expect(result.outliers.map((o) => [o.product_id, o.date, o.direction, o.deviation_pct])).toEqual([
      // Both |z| = 0.6745 × 500 / 20 (MAD floored at 2 %): the earlier date first.
      ['B', '2025-03-11', 'LOW_PRICE', -50],
      ['A', '2025-03-16', 'HIGH_PRICE', 50],
    ]);
    expect(result.outliers[1]).toMatchObject({
      description: 'Pan amasado',
      baseline_median: 1000,
      robust_z: 16.86,
    });
    expect(result.product_days_checked).toBe(60);
  });

  it('does not flag a lasting price change', () => {
    const step = [...flat(15, 1000), ...flat(15, 1200)];
    expect(run(days('A', step)).outlier_count).toBe(0);
  });

  it('needs about 10 % off a fixed price (the 2 % MAD floor)', () => {
    const small = flat(30, 1000);
    small[12] = 1090; // z = 3.03
    expect(run(days('A', small)).outlier_count).toBe(0);
    small[12] = 1110; // z = 3.71
    expect(run(days('A', small)).outlier_count).toBe(1);
  });

  it('skips days without a price and products with too few days', () => {
    const withGaps: (number | null)[] = flat(30, 1000);
    withGaps[3] = null;
    const result = run([...days('A', withGaps), ...days('C', [1000, 1000, 1000, 1000, 9000])]);
    expect(result.outlier_count).toBe(0);
    expect(result.product_days_checked).toBe(29);
  });

  it('gives the same answer whatever the row order', () => {
    const high = flat(30, 1000);
    high[15] = 1500;
    const rows = [...days('A', high), ...days('B', flat(30, 700))];
    const shuffled = rows
      .map((row, i) => ({ row, key: (i * 7919) % rows.length }))
      .sort((a, b) => a.key - b.key);
    expect(run(shuffled.map((s) => s.row))).toEqual(run(rows));
  });

  it('says why when there are no product-day rows', () => {
    expect(run([])).toMatchObject({ available: false, reason: 'NO_PRODUCT_DAYS' });
  });
});
