import { z } from 'zod';
import { metaSchema } from './errors';
import { macroRevenueMetaSchema } from './macro';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const METRIC_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type MetricGrain = (typeof METRIC_GRAINS)[number];

export const metricsQuerySchema = z.object({
  grain: z.enum(METRIC_GRAINS).default('month'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A branch name: only that branch's lines, at any grain (the `location_<grain>` levels). */
  location: z.string().min(1).max(200).optional(),
});
export type MetricsQuery = z.infer<typeof metricsQuerySchema>;

const amount = z.number().nullable();

/**
 * One period of the company's core metrics. Every value the engine could not compute is null,
 * and `nulls` says why (e.g. `{ avg_ticket: "NO_TRANSACTIONS" }`). More features of the catalog
 * may follow the core ones.
 */
export const metricPeriodSchema = z
  .object({
    /** `2025-03-14`, `2025-W11`, `2025-03`, `2025-Q1` or `2025`. */
    period: z.string(),
    period_start: isoDate,
    period_end: isoDate,
    revenue: z.number(),
    units: z.number(),
    transactions: z.number().int(),
    returns: z.number().int(),
    /** Null when no line of the company names a customer. */
    customers: z.number().int().nullable(),
    new_customers: z.number().int().nullable(),
    returning_customers: z.number().int().nullable(),
    avg_ticket: amount,
    cost: amount,
    gross_margin: amount,
    margin_pct: amount,
    cost_coverage_pct: amount,
    discount: amount,
    revenue_growth_pct: amount,
    revenue_yoy_pct: amount,
    nulls: z.record(z.string(), z.string()),
  })
  .catchall(z.union([z.number(), z.string(), z.boolean(), z.null()]));
export type MetricPeriod = z.infer<typeof metricPeriodSchema>;

/** Every analytics response's meta: the envelope's, plus how recent the data is. */
export const analyticsMetaSchema = metaSchema.extend({
  /** Local date of the company's latest line, or null before any data. */
  data_through: isoDate.nullable(),
});

export const metricsResponseSchema = z.object({
  data: z.array(metricPeriodSchema),
  meta: analyticsMetaSchema.extend({
    grain: z.enum(METRIC_GRAINS),
    /** Base month and data dates of `revenue_uf`, `revenue_usd`, `revenue_real`, `revenue_real_yoy_pct`. */
    macro: macroRevenueMetaSchema.optional(),
  }),
});
export type MetricsResponse = z.infer<typeof metricsResponseSchema>;

/** One feature of the engine's catalog, as `GET /api/v1/catalog` serves it. */
export const catalogFeatureSchema = z.object({
  name: z.string(),
  /** Family for grouping in the UI: sales, tickets, customers, growth, ... */
  group: z.string(),
  levels: z.array(z.string()),
  dependencies: z.array(z.string()),
  unit: z.string(),
  format: z.string(),
  description_es: z.string(),
  description_en: z.string(),
  roles: z.array(z.string()),
});
export const catalogResponseSchema = z.object({
  data: z.array(catalogFeatureSchema),
  meta: metaSchema.extend({ levels: z.array(z.string()) }),
});
export type CatalogFeature = z.infer<typeof catalogFeatureSchema>;
