import type { FeatureRows } from '../../features/compute-features';

/** The feature rows the insights build on (see the catalog for every field). */
export type ProductRow = FeatureRows['product'][number];
export type ProductMonthRow = FeatureRows['product_month'][number];
export type CustomerRow = FeatureRows['customer'][number];
