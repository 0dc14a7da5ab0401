import type { CatalogLevel } from './types';

/** Level sets the catalog declares features on (one place, so a new level is added once). */
export const PERIOD_LEVELS: readonly CatalogLevel[] = ['day_hour', 'day', 'week', 'month', 'quarter', 'year'];
export const GROWTH_LEVELS: readonly CatalogLevel[] = ['day', 'week', 'month', 'quarter', 'year'];
export const ROLLED_UP_LEVELS: readonly CatalogLevel[] = ['week', 'month', 'quarter', 'year'];
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
  'location_month',
];
/** Every aggregate level: they all carry the additive sales sums. */
export const AGGREGATE_LEVELS: readonly CatalogLevel[] = [
  ...PERIOD_LEVELS,
  ...PRODUCT_LEVELS,
  ...CUSTOMER_LEVELS,
  'category_month',
  'location_month',
];
export const TICKET_LEVELS: readonly CatalogLevel[] = [
  ...PERIOD_LEVELS,
  ...CUSTOMER_LEVELS,
  'location_month',
];
