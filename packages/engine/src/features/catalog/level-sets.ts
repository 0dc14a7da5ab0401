import type { CatalogLevel } from './types';

/** Level sets the catalog declares features on (one place, so a new level is added once). */
export const PERIOD_LEVELS: readonly CatalogLevel[] = ['day_hour', 'day', 'week', 'month', 'quarter', 'year'];
export const GROWTH_LEVELS: readonly CatalogLevel[] = ['day', 'week', 'month', 'quarter', 'year'];
export const ROLLED_UP_LEVELS: readonly CatalogLevel[] = ['week', 'month', 'quarter', 'year'];
/** Branches at every calendar grain (rows only when the data has locations). */
export const LOCATION_LEVELS: readonly CatalogLevel[] = [
  'location_day',
  'location_week',
  'location_month',
  'location_quarter',
  'location_year',
];
export const PRODUCT_LEVELS: readonly CatalogLevel[] = ['product_day', 'product_month', 'product'];
export const CUSTOMER_LEVELS: readonly CatalogLevel[] = ['customer_day', 'customer_month', 'customer'];
/** Every level whose rows belong to a period (all but the lifetime profiles). */
export const DATED_LEVELS: readonly CatalogLevel[] = [
  ...PERIOD_LEVELS,
  'product_day',
  'product_month',
  'customer_day',
  'customer_month',
  'category_month',
  ...LOCATION_LEVELS,
];
/** Every aggregate level: they all carry the additive sales sums. */
export const AGGREGATE_LEVELS: readonly CatalogLevel[] = [
  ...PERIOD_LEVELS,
  ...PRODUCT_LEVELS,
  ...CUSTOMER_LEVELS,
  'category_month',
  ...LOCATION_LEVELS,
];
export const TICKET_LEVELS: readonly CatalogLevel[] = [
  ...PERIOD_LEVELS,
  ...CUSTOMER_LEVELS,
  ...LOCATION_LEVELS,
];
/** Period levels and branch levels: customer counts per period. */
export const CUSTOMER_COUNT_LEVELS: readonly CatalogLevel[] = [...PERIOD_LEVELS, ...LOCATION_LEVELS];
/** Levels compared with the previous period and the same period last year. */
export const COMPARED_LEVELS: readonly CatalogLevel[] = [...GROWTH_LEVELS, ...LOCATION_LEVELS];
