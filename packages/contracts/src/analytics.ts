import { z } from 'zod';
import { companyIdParamsSchema } from './companies';
import { listMetaSchema, paginationQuerySchema } from './envelope';
import { metaSchema } from './errors';

/*
 * "Where it shows": the company's sales by product, customer, category, branch and hour of the
 * week, read from the stored features (`feature_rows`). Ranges over monthly levels are snapped
 * to whole months (`meta.period` says which); lifetime lists need no range.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** `revenue`, `-revenue`, ... of the given fields (a leading `-` sorts descending). */
export function sortSchema<const T extends readonly string[]>(fields: T) {
  const values = [...fields, ...fields.map((f) => `-${f}`)] as unknown as readonly [
    T[number] | `-${T[number]}`,
    ...(T[number] | `-${T[number]}`)[],
  ];
  // Every whitelist has `revenue`, so `-revenue` is one of the values.
  return z.enum(values).default('-revenue' as never);
}

export const rangeQuery = paginationQuerySchema.extend({
  /** First local date (YYYY-MM-DD); monthly levels start at the first day of its month. */
  from: isoDate.optional(),
  /** Last local date (YYYY-MM-DD); monthly levels end at the last day of its month. */
  to: isoDate.optional(),
});

export const PRODUCT_SORTS = [
  'revenue',
  'gross_sales',
  'returned_amount',
  'return_lines',
  'units',
  'lines',
  'gross_margin',
  'margin_pct',
  'discount',
  'commission',
  'days_sold',
  'product_id',
  'name',
] as const;
export const CUSTOMER_SORTS = [
  'revenue',
  'transactions',
  'units',
  'avg_ticket',
  'gross_margin',
  'first_purchase',
  'last_purchase',
  'days_since_last_purchase',
  'customer_id',
] as const;
export const CATEGORY_SORTS = [
  'revenue',
  'gross_sales',
  'units',
  'lines',
  'gross_margin',
  'margin_pct',
  'commission',
  'category',
] as const;
export const LOCATION_SORTS = [
  'revenue',
  'gross_sales',
  'units',
  'transactions',
  'avg_ticket',
  'gross_margin',
  'margin_pct',
  'commission',
  'location',
] as const;
export const HOUR_SORTS = ['revenue', 'units', 'transactions', 'avg_ticket', 'weekday', 'hour'] as const;

/*
 * Slice filters: a branch, a product code or a category, matched exactly against each line, and
 * days of the week and hours of the line's local time. With any of them the figures are summed
 * from the lines of the days from/to themselves (no stored level crosses a product, category or
 * hour with a branch), so `meta.period` is the days asked.
 */
const sliceName = z.string().min(1).max(200);
export const locationFilter = {
  /** A branch name: only its lines. */
  location: sliceName.optional(),
};
export const clockFilters = {
  /** ISO weekdays, comma-separated (1 Monday … 7 Sunday): only the lines sold on them. */
  weekdays: z
    .string()
    .regex(/^[1-7](,[1-7]){0,6}$/, 'expected ISO weekdays like 6,7')
    .optional(),
  /** Local hours [hour_from, hour_to): 18 and 24 keep 18:00 to 23:59; 22 and 6 run past midnight. */
  hour_from: z.coerce.number().int().min(0).max(23).optional(),
  hour_to: z.coerce.number().int().min(1).max(24).optional(),
};
export const productFilters = {
  /** A product code (SKU): only its lines. */
  product: sliceName.optional(),
  /** A category: only the lines of that category. */
  category: sliceName.optional(),
};

export const productsQuerySchema = rangeQuery.extend({
  sort: sortSchema(PRODUCT_SORTS),
  ...locationFilter,
  /** A category: only the lines of that category. */
  category: productFilters.category,
  ...clockFilters,
  /**
   * A unit (`un`, `kg`, `l`…): only the products sold in it, so quantities rank like with like;
   * `un` also takes the products whose files name no unit. Shares stay shares of all sales.
   */
  unit: z.string().trim().toLowerCase().min(1).max(40).optional(),
});
/** With a branch: each customer's purchases at that branch in the days asked (not the lifetime profile). */
export const customersQuerySchema = rangeQuery.extend({
  sort: sortSchema(CUSTOMER_SORTS),
  ...locationFilter,
});
export const categoriesQuerySchema = rangeQuery.extend({
  sort: sortSchema(CATEGORY_SORTS),
  ...locationFilter,
  ...clockFilters,
});
export const locationsSalesQuerySchema = rangeQuery.extend({
  sort: sortSchema(LOCATION_SORTS),
  ...productFilters,
  ...clockFilters,
});
export const hoursQuerySchema = rangeQuery.extend({
  sort: sortSchema(HOUR_SORTS),
  page_size: z.coerce.number().int().min(1).max(200).default(168),
  ...locationFilter,
  ...productFilters,
});
/** Calendar grains of the sliced period sales. */
export const SLICE_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** A slice (branch, product, category: at least one) per calendar period, whole periods only. */
export const periodSalesQuerySchema = z
  .object({
    grain: z.enum(SLICE_GRAINS).default('month'),
    /** Snapped back to the first day of its period. */
    from: isoDate.optional(),
    /** Snapped on to the last day of its period. */
    to: isoDate.optional(),
    ...locationFilter,
    ...productFilters,
  })
  .refine((query) => Boolean(query.location || query.product || query.category), {
    message: 'name at least one of location, product, category',
    path: ['location'],
  });
export const productDetailQuerySchema = z.object({ from: isoDate.optional(), to: isoDate.optional() });

export type ProductsQuery = z.infer<typeof productsQuerySchema>;
export type CustomersQuery = z.infer<typeof customersQuerySchema>;
export type CategoriesQuery = z.infer<typeof categoriesQuerySchema>;
export type LocationsSalesQuery = z.infer<typeof locationsSalesQuerySchema>;
export type HoursQuery = z.infer<typeof hoursQuerySchema>;
export type PeriodSalesQuery = z.infer<typeof periodSalesQuerySchema>;
export type ProductDetailQuery = z.infer<typeof productDetailQuerySchema>;

/** Path ids are the codes of the source files (SKU, RUT or customer code), not uuids. */
export const productParamsSchema = companyIdParamsSchema.extend({ productId: z.string().min(1).max(200) });
export const customerParamsSchema = companyIdParamsSchema.extend({ customerId: z.string().min(1).max(200) });

/** The range actually summed: whole months for monthly levels; null when all the data is shown. */
export const analyticsPeriodSchema = z
  .object({ from: isoDate.nullable(), to: isoDate.nullable() })
  .nullable();

const analyticsFields = {
  /** Local date of the company's latest line, or null before any data. */
  data_through: isoDate.nullable(),
  period: analyticsPeriodSchema,
};
export const analyticsListMetaSchema = listMetaSchema.extend({ ...analyticsFields, sort: z.string() });
export const analyticsItemMetaSchema = metaSchema.extend(analyticsFields);

const amount = z.number().nullable();
const extra = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const nulls = z.record(z.string(), z.string());

/** Additive sums and the ratios recomputed from them (engine rules: cents, 2-decimal percents). */
export const salesFields = {
  revenue: z.number(),
  gross_sales: z.number(),
  returned_amount: z.number(),
  units: z.number(),
  lines: z.number().int(),
  sale_lines: z.number().int(),
  return_lines: z.number().int(),
  cost: amount,
  revenue_with_cost: z.number(),
  gross_margin: amount,
  margin_pct: amount,
  cost_coverage_pct: amount,
  discount: amount,
  /**
   * Null when no line of the rows summed has a commission; absent from a lifetime row stored
   * before commissions were kept (until the company's figures are rebuilt).
   */
  commission: amount.optional(),
};

/**
 * A product: without a range its lifetime row (also first/last sale, ABC class, prices...);
 * with one, its months in the range summed.
 */
export const productSalesSchema = z
  .object({
    product_id: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    unit_type: z.string().nullable(),
    ...salesFields,
    days_sold: z.number().int().nullable(),
    avg_unit_price: amount,
    revenue_share_pct: amount,
    nulls,
  })
  .catchall(extra);
export type ProductSales = z.infer<typeof productSalesSchema>;

/** One month of one product, as the engine stores it. */
export const productMonthSchema = z
  .object({ period: z.string(), period_start: isoDate, period_end: isoDate, ...salesFields, nulls })
  .catchall(extra);

export const productDetailSchema = z.object({
  /** Lifetime row. */
  product: productSalesSchema,
  /** The months of `meta.period` summed; null without a range. */
  range: productSalesSchema.nullable(),
  /** Monthly series (the range's months, or all of them), oldest first. */
  months: z.array(productMonthSchema),
});

/** A customer's lifetime profile (first/last purchase, churn, favourite product...). */
export const customerSalesSchema = z
  .object({
    customer_id: z.string(),
    first_purchase: isoDate.nullable(),
    last_purchase: isoDate.nullable(),
    ...salesFields,
    transactions: z.number().int(),
    returns: z.number().int(),
    avg_ticket: amount,
    churned: z.boolean().nullable(),
    nulls,
  })
  .catchall(extra);

export const categorySalesSchema = z.object({
  /** Null for lines without a category. */
  category: z.string().nullable(),
  ...salesFields,
  revenue_share_pct: amount,
  months: z.number().int(),
  nulls,
});

export const locationSalesSchema = z.object({
  /** Null for lines without a branch. */
  location: z.string().nullable(),
  ...salesFields,
  transactions: z.number().int(),
  returns: z.number().int(),
  avg_ticket: amount,
  units_per_transaction: amount,
  lines_per_transaction: amount,
  /** Distinct customers: only for a single month (a customer may buy in several). */
  customers: z.number().int().nullable(),
  months: z.number().int(),
  nulls,
});

/** One cell of the weekday × hour grid (all 168 cells, zero where nothing was sold). */
export const hourSalesSchema = z.object({
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  day_part: z.string(),
  revenue: z.number(),
  units: z.number(),
  transactions: z.number().int(),
  returns: z.number().int(),
  lines: z.number().int(),
  avg_ticket: amount,
  /** Days with lines in this hour. */
  days: z.number().int(),
  nulls,
});

/** One calendar period of a slice's lines (whole periods; tickets counted within the period). */
export const periodSalesSchema = z.object({
  /** `2025-03-14`, `2025-W11`, `2025-03`, `2025-Q1` or `2025`. */
  period: z.string(),
  period_start: isoDate,
  period_end: isoDate,
  ...salesFields,
  /** Distinct tickets with a sale line of the slice. */
  transactions: z.number().int(),
  returns: z.number().int(),
  /** The slice's net sales per such ticket. */
  avg_ticket: amount,
  nulls,
});

export const analyticsList = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), meta: analyticsListMetaSchema });

export const productsResponseSchema = z.object({
  data: z.array(productSalesSchema),
  meta: analyticsListMetaSchema.extend({
    /** The units the company's products are sold in (`un` for those without one), most products first. */
    units: z.array(z.string()),
  }),
});
export const productDetailResponseSchema = z.object({
  data: productDetailSchema,
  meta: analyticsItemMetaSchema,
});
export const customersResponseSchema = analyticsList(customerSalesSchema);
export const customerDetailResponseSchema = z.object({
  data: customerSalesSchema,
  meta: analyticsItemMetaSchema,
});
export const categoriesResponseSchema = analyticsList(categorySalesSchema);
export const locationsSalesResponseSchema = analyticsList(locationSalesSchema);
export const hoursResponseSchema = analyticsList(hourSalesSchema);
export const periodSalesResponseSchema = z.object({
  data: z.array(periodSalesSchema),
  meta: analyticsItemMetaSchema.extend({ grain: z.enum(SLICE_GRAINS) }),
});

export type CustomerSales = z.infer<typeof customerSalesSchema>;
export type CategorySales = z.infer<typeof categorySalesSchema>;
export type LocationSales = z.infer<typeof locationSalesSchema>;
export type HourSales = z.infer<typeof hourSalesSchema>;
export type PeriodSales = z.infer<typeof periodSalesSchema>;
export type ProductDetail = z.infer<typeof productDetailSchema>;
export type AnalyticsPeriod = z.infer<typeof analyticsPeriodSchema>;
