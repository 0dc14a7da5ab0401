import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const dashboardQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const kpisSchema = z.object({
  /** Net revenue in CLP (sales minus credit notes). */
  revenue: z.number(),
  tickets: z.number().int(),
  units: z.number(),
  average_ticket: z.number(),
  returns: z.number(),
});

export const monthPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  revenue: z.number(),
  tickets: z.number().int(),
});

export const topProductSchema = z.object({
  sku: z.string(),
  /** The product's description, or its SKU when the file had none. */
  name: z.string(),
  category: z.string().nullable(),
  revenue: z.number(),
  /** Net quantity sold, in `unit`. */
  units: z.number(),
  /** 'un' for products sold by the unit, 'kg' for weighed ones; null when the file did not say. */
  unit: z.string().nullable(),
});

export const dashboardSummarySchema = z.object({
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }),
  kpis: kpisSchema,
  by_month: z.array(monthPointSchema),
  top_products: z.array(topProductSchema),
  refreshed_at: z.string().nullable(),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
