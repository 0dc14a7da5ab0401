import { blankFeatureLine } from './blank-line';
import type { FeatureLine } from './types';

/**
 * A sale line for tests: `at` is a Santiago wall-clock time with its offset written out
 * ('2025-03-14T12:00-03:00'), so each test states exactly which instant it means.
 */
export function saleLine(
  at: string,
  transId: string,
  productId: string,
  quantity: number,
  priceTotal: number,
  more: Partial<FeatureLine> = {},
): FeatureLine {
  const soldAt = Date.parse(at);
  if (Number.isNaN(soldAt)) throw new Error(`bad instant ${at}`);
  return { ...blankFeatureLine(), soldAt, transId, productId, quantity, priceTotal, ...more };
}
