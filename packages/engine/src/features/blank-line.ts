import type { FeatureLine } from './types';

/** A line with every optional field empty: the object a reader reuses, or a test's base. */
export function blankFeatureLine(): FeatureLine {
  return {
    soldAt: 0,
    transId: '',
    productId: '',
    quantity: 0,
    priceTotal: 0,
    costTotal: null,
    discountTotal: null,
    commission: null,
    customerId: null,
    category: null,
    location: null,
    description: null,
    unitType: null,
  };
}
