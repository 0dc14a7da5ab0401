import fc from 'fast-check';
import type { FeatureLine } from './types';

/**
 * Random sale lines for property tests, between two instants: few ticket ids and customers, so
 * tickets recur on other days and weeks (a reused folio), customers come back, returns mix with
 * sales, quantities carry grams and amounts carry cents; branches, categories and descriptions
 * are sometimes missing.
 */
export function randomLine(from: number, to: number): fc.Arbitrary<FeatureLine> {
  return fc.record({
    soldAt: fc.integer({ min: from, max: to }),
    transId: fc.constantFrom('T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'),
    productId: fc.constantFrom('A', 'B', 'C'),
    quantity: fc.integer({ min: -3000, max: 5000 }).map((grams) => grams / 1000),
    priceTotal: fc.integer({ min: -500_000, max: 2_000_000 }).map((cents) => cents / 100),
    costTotal: fc.option(fc.integer({ min: -100_000, max: 900_000 }).map((cents) => cents / 100)),
    discountTotal: fc.option(fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100)),
    customerId: fc.option(fc.constantFrom('K1', 'K2', 'K3', 'K4')),
    category: fc.option(fc.constantFrom('X', 'Y')),
    location: fc.option(fc.constantFrom('Centro', 'Norte')),
    description: fc.option(fc.constantFrom('Pan', 'Leche')),
    unitType: fc.constant(null),
  });
}
