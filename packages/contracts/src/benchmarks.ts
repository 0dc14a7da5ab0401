import { z } from 'zod';
import { envelope } from './envelope';

/** Metrics compared with the cohort (engine: packages/engine/src/benchmarks/metrics.ts). */
export const BENCHMARK_METRIC_KEYS = [
  'revenue_growth_yoy',
  'avg_ticket',
  'units_per_ticket',
  'gross_margin_pct',
  'repeat_customer_rate',
  'revenue_per_location',
  'weekend_share',
  'return_rate',
  'revenue',
] as const;
export const benchmarkMetricSchema = z.enum(BENCHMARK_METRIC_KEYS);
export const BENCHMARK_GRAINS = ['month', 'quarter', 'year'] as const;
export const benchmarkGrainSchema = z.enum(BENCHMARK_GRAINS);
export const CUT_KIND_KEYS = ['industry_size', 'industry_region', 'industry', 'all'] as const;
export const cutKindSchema = z.enum(CUT_KIND_KEYS);
export const TIERS = ['top_25', 'middle_50', 'bottom_25'] as const;

const PERIOD_PATTERN = { month: /^\d{4}-(0[1-9]|1[0-2])$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ };
export function isPeriodOfGrain(period: string, grain: (typeof BENCHMARK_GRAINS)[number]): boolean {
  return PERIOD_PATTERN[grain].test(period);
}

// Kept in a schema-free module so the web bundle can import it alone.
export { revenueBand } from './revenue-band';

export const benchmarksQuerySchema = z.object({
  grain: benchmarkGrainSchema.default('month'),
  /** `2025-10`, `2025-Q4` or `2025` (matching `grain`); default: the latest period computed. */
  period: z.string().max(10).optional(),
});
export const benchmarkHistoryQuerySchema = z.object({
  metric: benchmarkMetricSchema,
  grain: benchmarkGrainSchema.default('month'),
});
export const cohortSizesQuerySchema = benchmarksQuerySchema;

const reasonSchema = z.object({
  code: z.string(),
  message: z.string(),
  message_es: z.string(),
});

export const cohortStatsSchema = z.object({
  cut: cutKindSchema,
  /** Companies in the cohort with a value (before trimming). */
  n: z.number().int(),
  p10: z.number(),
  p25: z.number(),
  p50: z.number(),
  p75: z.number(),
  p90: z.number(),
  /** Share of the cohort with a lower value (mid-rank, whole percent); null without a value. */
  percentile_rank: z.number().int().nullable(),
  tier: z.enum(TIERS).nullable(),
  /** value / median × 100; null with `index_reason` when it cannot be said. */
  performance_index: z.number().nullable(),
  index_reason: z.string().nullable(),
});

export const metricBenchmarkSchema = z.object({
  metric: benchmarkMetricSchema,
  higher_is_better: z.boolean(),
  /** Revenue: cohort figures are the lower bounds of 1–2–5 bands (see `revenueBand`). */
  banded: z.boolean(),
  value: z.number().nullable(),
  value_reason: z.string().nullable(),
  /** The finest visible cohort the company belongs to; null when every cut is hidden. */
  cohort: cohortStatsSchema.nullable(),
  /** Finer cuts that were hidden, and why. */
  hidden: z.array(z.object({ cut: cutKindSchema, n: z.number().int().nullable(), reason: reasonSchema })),
});

export const companyBenchmarksSchema = z.object({
  grain: benchmarkGrainSchema,
  period: z.string().nullable(),
  /** Demo companies are compared only with generated demo peers. */
  population: z.enum(['real', 'demo']),
  min_companies: z.number().int(),
  computed_at: z.string().nullable(),
  /** Why there are no percentiles at all (opted out, not computed yet); else null. */
  reason: reasonSchema.nullable(),
  metrics: z.array(metricBenchmarkSchema),
});

export const benchmarkHistorySchema = z.object({
  metric: benchmarkMetricSchema,
  grain: benchmarkGrainSchema,
  points: z.array(
    z.object({
      period: z.string(),
      value: z.number().nullable(),
      cut: cutKindSchema.nullable(),
      n: z.number().int().nullable(),
      percentile_rank: z.number().int().nullable(),
      tier: z.enum(TIERS).nullable(),
    }),
  ),
});

export const cohortSizesSchema = z.object({
  grain: benchmarkGrainSchema,
  period: z.string().nullable(),
  min_companies: z.number().int(),
  cohorts: z.array(
    z.object({
      cut: cutKindSchema,
      industry: z.string().nullable(),
      size: z.string().nullable(),
      region: z.string().nullable(),
      /** Null for a hidden cut (its size is not published here). */
      n: z.number().int().nullable(),
      visible: z.boolean(),
      reason: reasonSchema.nullable(),
    }),
  ),
});

export type BenchmarkMetricKey = z.infer<typeof benchmarkMetricSchema>;
export type BenchmarkGrain = z.infer<typeof benchmarkGrainSchema>;
export type CutKindKey = z.infer<typeof cutKindSchema>;
export type BenchmarksQuery = z.infer<typeof benchmarksQuerySchema>;
export type MetricBenchmark = z.infer<typeof metricBenchmarkSchema>;
export type CompanyBenchmarks = z.infer<typeof companyBenchmarksSchema>;
export type BenchmarkHistory = z.infer<typeof benchmarkHistorySchema>;
export type CohortSizes = z.infer<typeof cohortSizesSchema>;

export const companyBenchmarksResponseSchema = envelope(companyBenchmarksSchema);
export const benchmarkHistoryResponseSchema = envelope(benchmarkHistorySchema);
export const cohortSizesResponseSchema = envelope(cohortSizesSchema);
