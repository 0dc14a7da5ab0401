import { z } from 'zod';
import { metaSchema } from './errors';

/*
 * Ask AYNI: a question in Spanish or English becomes a structured query over the feature catalog
 * (never SQL), which the server runs with the same services as the dashboards.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** Catalog features a question can ask for (company level; some also per product, branch...). */
export const ASK_METRICS = [
  'revenue',
  'units',
  'transactions',
  'avg_ticket',
  'customers',
  'new_customers',
  /** Customers of the period who had bought before it (at that branch, when one is named). */
  'returning_customers',
  /** Identified customers with two tickets or more in the period: "¿cuántos compraron más de una vez?". */
  'repeat_customers',
  'gross_margin',
  'margin_pct',
  /** The cost of what was sold, of the lines that carry one ("¿cuál fue el costo de ventas?"). */
  'cost',
  'discount',
  /** Sellers' commissions, when the file has them (null otherwise). */
  'commission',
  'returned_amount',
  'returns',
  /** Lines with a negative total: what products and categories count of their returns (not tickets). */
  'return_lines',
  /** Net sales per day with sales: what an owner means by "vendo en promedio al día". */
  'avg_daily_revenue',
  /** Net sales per whole calendar month of the data: "¿cuánto vendo al mes en promedio?". */
  'avg_monthly_revenue',
  /** Net sales per whole ISO week (Monday to Sunday) of the data: "¿cuánto vendo a la semana?". */
  'avg_weekly_revenue',
  /** Tickets per day with sales: "¿cuántas boletas hago al día?". */
  'avg_daily_transactions',
  /** Identified customers per day with sales (a customer counts once a day): "¿cuántos clientes atiendo al día?". */
  'avg_daily_customers',
  /** A product's, category's, branch's or customer's part of the company's net sales, in %. */
  'revenue_share_pct',
  /**
   * One product's average selling price: its sale lines' totals over their units (returns aside),
   * what "¿a cuánto vendo la marraqueta?" asks. Of a product only: units of different products
   * (kilos and pieces) do not add up.
   */
  'avg_unit_price',
  /** Net units per ticket: "¿cuántas unidades lleva cada boleta?" (of products and categories, none). */
  'units_per_transaction',
  /** Distinct products with a sale line in the period or slice: "¿cuántos productos distintos vendí?". */
  'products_sold',
  /**
   * Net sales of the identified customers who bought in the period or slice, per customer:
   * "¿cuánto gasta en promedio un cliente?" (sales without a customer id are not in it).
   */
  'revenue_per_customer',
] as const;
export type AskMetric = (typeof ASK_METRICS)[number];

/** Metrics that count customers: a company with no customer ids cannot answer them. */
export const CUSTOMER_COUNT_METRICS: readonly AskMetric[] = [
  'customers',
  'new_customers',
  'returning_customers',
  'repeat_customers',
  'avg_daily_customers',
  'revenue_per_customer',
];

/** What the answer is broken down by: nothing (one figure), an entity, a clock unit or a calendar grain. */
export const ASK_DIMENSIONS = [
  'total',
  'product',
  'category',
  'customer',
  'location',
  'seller',
  'payment_method',
  'weekday',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
] as const;
export type AskDimension = (typeof ASK_DIMENSIONS)[number];

export const ASK_GRAINS = ['day', 'week', 'month', 'quarter', 'year', 'range'] as const;

/** A calendar period (or a free range of days), already resolved against `data_through`. */
export const askPeriodSchema = z.object({
  grain: z.enum(ASK_GRAINS),
  from: isoDate,
  to: isoDate,
});
export type AskPeriod = z.infer<typeof askPeriodSchema>;

export const askFiltersSchema = z.object({
  product: z.string().nullable().default(null),
  category: z.string().nullable().default(null),
  customer: z.string().nullable().default(null),
  location: z.string().nullable().default(null),
  /**
   * Only products sold in this unit (`kg`, `l`, as ingestion normalizes them): "¿cuántos kilos
   * vendí?" sums weighed products alone, since kilos and units never add up.
   */
  unit: z
    .string()
    .nullable()
    .default(null)
    .describe("Only products sold in this unit: 'kg' (kilos) or 'l' (litres)"),
  /** ISO weekdays, 1 Monday … 7 Sunday, ascending. */
  weekdays: z.array(z.number().int().min(1).max(7)).nullable().default(null),
  /** Local hours [from, to): 9-12 is 09:00 to 11:59; 22-6 runs past midnight (22:00 to 05:59). */
  hours: z
    .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) })
    .nullable()
    .default(null),
});
export type AskFilters = z.infer<typeof askFiltersSchema>;

export const askRankingSchema = z.object({
  /** desc: the most; asc: the least. */
  order: z.enum(['desc', 'asc']).default('desc'),
  /** Rank by the value in the period, or by its change against `compare`. */
  by: z.enum(['value', 'change']).default('value'),
  limit: z.number().int().min(1).max(50).default(5),
});

/**
 * Customer lifecycle segments the catalog stores (`lifecycle_stage`, `churned`), and the
 * products of `compare` with no sale in `period` (`unsold`; every product before it without one).
 */
/**
 * Customers at risk or lost; products that stopped selling; `baskets`: products bought together
 * in the same tickets (the insights' pairs, over all the data; of one product with `filters.product`);
 * `largest_tickets`: the tickets with the largest net total of the period.
 */
export const ASK_SEGMENTS = ['at_risk', 'churned', 'unsold', 'baskets', 'largest_tickets'] as const;

/**
 * `summary`: "¿cómo me fue en noviembre?", "resumen de la semana": the period's sales, tickets,
 * average ticket, customers and margin against `compare`, with its best product, category and
 * branch (`metric` and `by` are not read).
 */
export const ASK_INTENTS = ['value', 'series', 'ranking', 'segment', 'summary'] as const;

export const askQuerySchema = z.object({
  intent: z.enum(ASK_INTENTS).default('value'),
  metric: z.enum(ASK_METRICS).default('revenue'),
  by: z.enum(ASK_DIMENSIONS).default('total'),
  /** Null: all the data. */
  period: askPeriodSchema.nullable().default(null),
  /** The period to compare with (previous period, same period last year, or one named). */
  compare: askPeriodSchema.nullable().default(null),
  filters: askFiltersSchema.default(askFiltersSchema.parse({})),
  ranking: askRankingSchema.nullable().default(null),
  segment: z.enum(ASK_SEGMENTS).nullable().default(null),
  /** Amounts in pesos, or in UF (converted with the UF of each period's last day). */
  currency: z.enum(['CLP', 'UF']).default('CLP'),
  /**
   * A sales goal in pesos for the period ("¿cuánto me falta para llegar a 10 millones este
   * mes?"): the answer says how far the net sales are from it. Only with `intent: 'value'` and
   * `metric: 'revenue'`.
   */
  target: z.number().positive().optional(),
});
export type AskQuery = z.infer<typeof askQuerySchema>;
export type AskQueryInput = z.input<typeof askQuerySchema>;

export const ASK_LANGUAGES = ['es', 'en'] as const;
export type AskLanguage = (typeof ASK_LANGUAGES)[number];

export const askRequestSchema = z.object({
  question: z.string().trim().min(1).max(500),
  language: z.enum(ASK_LANGUAGES).optional(),
});
export type AskRequest = z.infer<typeof askRequestSchema>;

/** One figure of the answer, as the metrics endpoints give it. */
export const askValueSchema = z.object({
  label: z.string(),
  /** Product code, customer id, branch, period key, ISO weekday or hour: what the label names. */
  key: z.string(),
  metric: z.string(),
  value: z.number().nullable(),
  /** For rankings by change and comparisons: the value in the compared period. */
  previous: z.number().nullable().optional(),
  change_pct: z.number().nullable().optional(),
  unit: z.string(),
});
export type AskValue = z.infer<typeof askValueSchema>;

/** A chart the web app draws as it is (ECharts-agnostic). */
export const askChartSchema = z.object({
  type: z.enum(['bar', 'line', 'kpi']),
  title: z.string(),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()) })),
  unit: z.string(),
});
export type AskChart = z.infer<typeof askChartSchema>;

export const askSourceSchema = z.object({ title: z.string(), ref: z.string() });

export const askAnswerSchema = z.object({
  /** `query`: figures from the data; `help`: from the docs; `unanswerable`: honest refusal. */
  kind: z.enum(['query', 'help', 'unanswerable']),
  language: z.enum(ASK_LANGUAGES),
  answer: z.string(),
  values: z.array(askValueSchema),
  chart: askChartSchema.nullable(),
  /** Web app path of the view showing these figures, with its filters. */
  link: z.string().nullable(),
  query: askQuerySchema.nullable(),
  confidence: z.number().min(0).max(1),
  sources: z.array(askSourceSchema),
  /** Questions the data can answer, offered when this one could not be. */
  suggestions: z.array(z.string()),
});
export type AskAnswer = z.infer<typeof askAnswerSchema>;

export const askResponseSchema = z.object({
  data: askAnswerSchema,
  meta: metaSchema.extend({ data_through: isoDate.nullable(), parser: z.enum(['offline', 'llm']) }),
});

export const askHistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** One past question of the user, with the answer it got. */
export const askHistoryItemSchema = z.object({
  id: z.string(),
  question: z.string(),
  language: z.enum(ASK_LANGUAGES),
  kind: z.enum(['query', 'help', 'unanswerable']),
  answer: z.string(),
  query: askQuerySchema.nullable(),
  created_at: z.string(),
});
export type AskHistoryItem = z.infer<typeof askHistoryItemSchema>;

export const askHistoryResponseSchema = z.object({
  data: z.array(askHistoryItemSchema),
  meta: metaSchema,
});
