import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { companies } from './accounts';

// What is computed from the sales: feature rows per level, insights, macro series, industry benchmarks.

/**
 * The feature engine's output, one row per level × entity × period (a month of the company, a
 * product's month, a customer's lifetime...). `values` holds the row's features by catalog name;
 * rewritten in the same transaction as the lines they come from.
 */
export const featureRows = pgTable(
  'feature_rows',
  {
    // No foreign key, like sale_lines: rewritten in bulk; purgeCompany deletes them explicitly.
    companyId: uuid('company_id').notNull(),
    /** Engine level: 'day', 'week', 'month', 'product_month', 'customer', ... */
    level: text('level').notNull(),
    /** Product, customer, category or branch the row is about; '' for company-wide levels. */
    entity: text('entity').notNull().default(''),
    /** '2025-03-14', '2025-W11', '2025-03', '2025-Q1', '2025'; '' for lifetime rows. */
    period: text('period').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    values: jsonb('values').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.level, t.entity, t.period] }),
    index('feature_rows_period_idx').on(t.companyId, t.level, t.periodStart),
  ],
);

/** When the company's features were last computed and what data they cover. */
export const featureState = pgTable('feature_state', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  /** Local date of the latest line (`meta.data_through`), null without lines. */
  dataThrough: date('data_through', { mode: 'string' }),
  lines: integer('lines').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  durationMs: integer('duration_ms').notNull(),
  /**
   * The engine's rows version the stored rows were built with (`FEATURE_ROWS_VERSION`): a
   * change only rewrites the rows it can alter when the others were built the same way.
   */
  rowsVersion: text('rows_version'),
});

/**
 * The company's insights (products, customers, baskets, operations, trends, anomalies, alerts),
 * one JSON document per section, rewritten with the features after every import.
 */
export const companyInsights = pgTable(
  'company_insights',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    payload: jsonb('payload').notNull(),
    dataThrough: date('data_through', { mode: 'string' }),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.section] })],
);

/**
 * Chilean macro indicators (UF, dólar, IPC, IMACEC…), one value per series and local date.
 * Public data, shared by every company: no company_id, no row-level security.
 */
export const macroObservations = pgTable(
  'macro_observations',
  {
    series: text('series').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    /** 'mindicador', 'bcch', 'snapshot'. */
    source: text('source').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.series, t.date] })],
);

/**
 * Benchmark aggregates, one row per (population, grain, period, metric, cut): only counts,
 * the disclosure decision and trimmed percentiles, never a company's value or id. Written by
 * the `benchmarks.compute` job; no company_id, so no row-level security.
 */
export const benchmarkResults = pgTable(
  'benchmark_results',
  {
    /** 'real', or 'demo' for the generated demo companies (never mixed). */
    population: text('population').notNull(),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    metric: text('metric').notNull(),
    /** `all`, `industry:retail`, `industry_size:retail|small`, `industry_region:retail|<region>`. */
    cut: text('cut').notNull(),
    n: integer('n').notNull(),
    visible: boolean('visible').notNull(),
    /** Why a cut is hidden: {code, required?, actual?}; null when visible. */
    reason: jsonb('reason'),
    p10: doublePrecision('p10'),
    p25: doublePrecision('p25'),
    p50: doublePrecision('p50'),
    p75: doublePrecision('p75'),
    p90: doublePrecision('p90'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.population, t.grain, t.period, t.metric, t.cut] })],
);

/**
 * A company's own standing per (grain, period): its metric values and its percentile rank in
 * each visible cut it belongs to (`{metric: {value, ranks: {cut: rank}}}`). Tenant data.
 */
export const benchmarkPositions = pgTable(
  'benchmark_positions',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    grain: text('grain').notNull(),
    period: text('period').notNull(),
    population: text('population').notNull(),
    values: jsonb('values').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.grain, t.period] })],
);
