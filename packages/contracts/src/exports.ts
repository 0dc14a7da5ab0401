import { z } from 'zod';
import { CATEGORY_SORTS, CUSTOMER_SORTS, HOUR_SORTS, LOCATION_SORTS, PRODUCT_SORTS } from './analytics';
import { companyIdParamsSchema } from './companies';
import { EXPLORER_LEVELS } from './explorer-link';
import { METRIC_GRAINS } from './metrics';
import { PAYMENT_METHOD_SORTS, SELLER_SORTS } from './seller-payment-sales';

/*
 * Export of one explorer level (the rows of the current view, every page) as CSV or XLSX:
 * `GET /companies/{id}/exports/{level}` with the explorer's own filters and sort.
 */

/** Every explorer view exports, the weekday × hour grid included. */
export const EXPORT_LEVELS = EXPLORER_LEVELS;
export type ExportLevel = (typeof EXPORT_LEVELS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PERIOD_COLUMNS = [
  'period',
  'revenue',
  'units',
  'transactions',
  'avg_ticket',
  'customers',
  'new_customers',
  'gross_margin',
  'margin_pct',
  'discount',
  'revenue_growth_pct',
  'revenue_yoy_pct',
] as const;

/** The columns of each level, in order: the explorer's table (and so its export). */
export const EXPORT_COLUMNS: Readonly<Record<ExportLevel, readonly string[]>> = {
  day: PERIOD_COLUMNS,
  week: PERIOD_COLUMNS,
  month: PERIOD_COLUMNS,
  quarter: PERIOD_COLUMNS,
  year: PERIOD_COLUMNS,
  product: [
    'product_id',
    'description',
    'category',
    'revenue',
    'units',
    'lines',
    'gross_margin',
    'margin_pct',
    'discount',
    'days_sold',
    'revenue_share_pct',
    'abc_class',
  ],
  customer: [
    'customer_id',
    'revenue',
    'transactions',
    'units',
    'avg_ticket',
    'gross_margin',
    'first_purchase',
    'last_purchase',
    'days_since_last_purchase',
    'churned',
  ],
  category: [
    'category',
    'revenue',
    'gross_sales',
    'units',
    'lines',
    'gross_margin',
    'margin_pct',
    'revenue_share_pct',
  ],
  location: [
    'location',
    'revenue',
    'gross_sales',
    'units',
    'transactions',
    'avg_ticket',
    'gross_margin',
    'margin_pct',
  ],
  seller: [
    'seller',
    'revenue',
    'gross_sales',
    'units',
    'transactions',
    'avg_ticket',
    'customers',
    'commission',
  ],
  payment_method: [
    'payment_method',
    'revenue',
    'gross_sales',
    'units',
    'transactions',
    'avg_ticket',
    'customers',
  ],
  // The weekday × hour grid as 168 rows, Monday 0 h first.
  hour: ['weekday', 'hour', 'day_part', 'revenue', 'units', 'transactions', 'returns', 'avg_ticket', 'days'],
};

/** Sort fields the API accepts per list level; period levels sort by any of their columns. */
export const EXPORT_SORTS: Readonly<Record<ExportLevel, readonly string[]>> = {
  day: PERIOD_COLUMNS,
  week: PERIOD_COLUMNS,
  month: PERIOD_COLUMNS,
  quarter: PERIOD_COLUMNS,
  year: PERIOD_COLUMNS,
  product: PRODUCT_SORTS,
  customer: CUSTOMER_SORTS,
  category: CATEGORY_SORTS,
  location: LOCATION_SORTS,
  seller: SELLER_SORTS,
  payment_method: PAYMENT_METHOD_SORTS,
  hour: HOUR_SORTS,
};

/** The explorer's default order: newest period first, the grid by weekday and hour, else highest net sales first. */
export const defaultExportSort = (level: ExportLevel): string =>
  (METRIC_GRAINS as readonly string[]).includes(level)
    ? '-period'
    : level === 'hour'
      ? 'weekday'
      : '-revenue';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const levelExportParamsSchema = companyIdParamsSchema.extend({ level: z.enum(EXPORT_LEVELS) });

export const levelExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  /** CSV only: `semicolon` (with decimal commas) is what Excel expects in Chilean locale. */
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
  /** Language of the header row. */
  lang: z.enum(['es', 'en']).default('es'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A branch name: period levels and the grid only (the branch's own rows, like `/metrics?location=`). */
  location: z.string().min(1).max(200).optional(),
  /** Products only: those sold in this unit (`kg`; `un` also takes those with none), as `/products?unit=`. */
  unit: z.string().trim().toLowerCase().min(1).max(40).optional(),
  /** `field` or `-field` (descending), as in the explorer; default as the explorer's. */
  sort: z.string().max(60).optional(),
});

export type LevelExportQuery = z.infer<typeof levelExportQuerySchema>;
