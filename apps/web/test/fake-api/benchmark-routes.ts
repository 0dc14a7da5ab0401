import type { BenchmarkHistory, CompanyBenchmarks, MetricBenchmark } from '@ayni/contracts';
import { type Ctx, ok, route } from './http';

/**
 * `/companies/{id}/benchmarks`: answers `benchmarks.byGrain[grain]` (tests change it between
 * steps; `resetBenchmarks()` restores it) and records each query string.
 */
export interface BenchmarksState {
  byGrain: Record<string, CompanyBenchmarks>;
  /** Rank history points answered for any metric (`/benchmarks/history`). */
  history: BenchmarkHistory['points'];
  queries: string[];
}

export const metric = (
  item: Partial<MetricBenchmark> & Pick<MetricBenchmark, 'metric'>,
): MetricBenchmark => ({
  higher_is_better: true,
  banded: false,
  value: null,
  value_reason: 'NO_VALUE',
  cohort: null,
  hidden: [],
  ...item,
});

export const benchmarksOf = (
  metrics: MetricBenchmark[],
  extra: Partial<CompanyBenchmarks> = {},
): CompanyBenchmarks => ({
  grain: 'month',
  period: '2025-09',
  population: 'real',
  min_companies: 10,
  computed_at: '2025-10-02T03:00:00.000Z',
  reason: null,
  metrics,
  ...extra,
});

export const benchmarks: BenchmarksState = { byGrain: {}, history: [], queries: [] };

export function resetBenchmarks(): void {
  benchmarks.byGrain = { month: benchmarksOf([]) };
  benchmarks.history = [];
  benchmarks.queries = [];
}
resetBenchmarks();

export function benchmarkRoutes(ctx: Ctx): boolean {
  if (route(ctx, 'GET', /^\/api\/v1\/companies\/[^/]+\/benchmarks\/history$/)) {
    benchmarks.queries.push(ctx.url.search);
    const metric = ctx.url.searchParams.get('metric') ?? 'avg_ticket';
    ok(ctx.res, { metric, grain: ctx.url.searchParams.get('grain') ?? 'month', points: benchmarks.history });
    return true;
  }
  if (!route(ctx, 'GET', /^\/api\/v1\/companies\/[^/]+\/benchmarks$/)) return false;
  benchmarks.queries.push(ctx.url.search);
  const grain = ctx.url.searchParams.get('grain') ?? 'month';
  ok(
    ctx.res,
    benchmarks.byGrain[grain] ??
      benchmarksOf([], {
        grain: grain as CompanyBenchmarks['grain'],
        period: null,
        reason: {
          code: 'NOT_COMPUTED',
          message: 'Not computed',
          message_es: 'Aún no hay comparación para este período',
        },
      }),
  );
  return true;
}
