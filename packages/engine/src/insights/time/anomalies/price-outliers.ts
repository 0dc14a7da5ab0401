import type { ProductDayRowInput, TimeInsightInput } from '../input';
import { medianInPlace } from '../stats';
import { decimalEs, formatPesos, round, type Unavailable, unavailable } from '../text';
import { productRuns } from './price-runs';
import { ANOMALY_Z } from './thresholds';
import type { PriceOutlier, PriceOutliers } from './types';

/** Neighbouring sale days on each side that form a product-day's baseline, and the fewest in all. */
export const PRICE_NEIGHBOURS_PER_SIDE = 10;
export const MIN_PRICE_NEIGHBOURS = 6;
/** Prices are often fixed (MAD 0): the MAD is floored at 2 % of the median, so ≥ ~10 % off is needed. */
export const PRICE_MAD_FLOOR_SHARE = 0.02;
const MAX_LISTED = 100;

/**
 * Unit-price outliers: each product-day's average unit price against the median/MAD of the
 * same product's neighbouring sale days (up to 10 before and 10 after). A centred window means
 * a lasting price change is not an outlier (its neighbours follow it), a one-day slip is.
 */
export function priceOutliers(input: TimeInsightInput): PriceOutliers | Unavailable {
  const rows = input.levels.product_day;
  if (rows.length === 0) {
    return unavailable(
      'NO_PRODUCT_DAYS',
      'No hay ventas por producto y día.',
      'There are no product × day sales.',
    );
  }
  const descriptions = new Map<string, string | null>();
  for (const product of input.levels.product) descriptions.set(product.product_id, product.description);
  const window = new Float64Array(2 * PRICE_NEIGHBOURS_PER_SIDE);
  const scratch = new Float64Array(2 * PRICE_NEIGHBOURS_PER_SIDE);
  const found: PriceOutlier[] = [];
  let checked = 0;
  for (const run of productRuns(rows)) {
    const priced = run.filter((row) => isPrice(row.avg_unit_price));
    const prices = Float64Array.from(priced, (row) => row.avg_unit_price as number);
    for (let i = 0; i < prices.length; i++) {
      let count = 0;
      const from = Math.max(0, i - PRICE_NEIGHBOURS_PER_SIDE);
      const to = Math.min(prices.length - 1, i + PRICE_NEIGHBOURS_PER_SIDE);
      const price = prices[i] as number;
      let sameAsAll = true; // the common case of a fixed price needs no sorting
      for (let j = from; j <= to; j++) {
        if (j === i) continue;
        const neighbour = prices[j] as number;
        window[count++] = neighbour;
        sameAsAll &&= neighbour === price;
      }
      if (count < MIN_PRICE_NEIGHBOURS) continue;
      checked++;
      if (sameAsAll) continue;
      const median = medianInPlace(window, count);
      const floor = PRICE_MAD_FLOOR_SHARE * median;
      // The MAD is at least the floor: a price this close cannot reach the threshold.
      if ((0.6745 * Math.abs(price - median)) / floor < ANOMALY_Z) continue;
      for (let j = 0; j < count; j++) scratch[j] = Math.abs((window[j] as number) - median);
      const mad = Math.max(medianInPlace(scratch, count), floor);
      const z = (0.6745 * (price - median)) / mad;
      if (Math.abs(z) < ANOMALY_Z) continue;
      found.push(outlier(priced[i] as ProductDayRowInput, descriptions, price, median, z));
    }
  }
  found.sort((a, b) => Math.abs(b.robust_z) - Math.abs(a.robust_z) || (a.date < b.date ? -1 : 1));
  return {
    available: true,
    product_days_checked: checked,
    outlier_count: found.length,
    outliers: found.slice(0, MAX_LISTED),
  };
}

const isPrice = (value: number | null): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

function outlier(
  row: ProductDayRowInput,
  descriptions: Map<string, string | null>,
  price: number,
  median: number,
  z: number,
): PriceOutlier {
  const deviation = round(((price - median) / median) * 100, 1);
  const description = descriptions.get(row.product_id) ?? null;
  const name = description ?? row.product_id;
  const sign = deviation > 0 ? '+' : '';
  return {
    product_id: row.product_id,
    description,
    date: row.period,
    avg_unit_price: round(price, 2),
    baseline_median: round(median, 2),
    deviation_pct: deviation,
    robust_z: round(z, 2),
    direction: z > 0 ? 'HIGH_PRICE' : 'LOW_PRICE',
    message: {
      es: `${name}, ${row.period}: precio unitario promedio ${formatPesos(price)} (${sign}${decimalEs(deviation)} %) frente a una mediana de ${formatPesos(median)} en sus días de venta cercanos.`,
      en: `${name}, ${row.period}: average unit price ${formatPesos(price, 'en')} (${sign}${deviation} %) against a median of ${formatPesos(median, 'en')} on its nearby sale days.`,
    },
  };
}
