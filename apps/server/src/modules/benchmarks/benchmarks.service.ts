import {
  type BenchmarkHistory,
  type BenchmarksQuery,
  type CohortSizes,
  type CompanyBenchmarks,
  type CutKindKey,
  isPeriodOfGrain,
} from '@ayni/contracts';
import {
  type Database,
  findLiveCompany,
  getBenchmarkPosition,
  inCompany,
  latestBenchmarkPeriod,
  listBenchmarkPositions,
  listBenchmarkResults,
  listFeatureRows,
} from '@ayni/db';
import { effectiveMinCompanies, metricNullReasons } from '@ayni/engine';
import { AppError, notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import type { PositionValues } from './build-benchmarks';
import { metricsView, positionCuts } from './company-benchmarks';
import { hiddenReasonView, NOT_COMPUTED, OPTED_OUT } from './hidden-reasons';

function assertPeriod(query: { grain: BenchmarksQuery['grain']; period?: string }) {
  if (query.period !== undefined && !isPeriodOfGrain(query.period, query.grain)) {
    throw new AppError(
      'VALIDATION_ERROR',
      `period must look like ${example[query.grain]} for grain ${query.grain}`,
      {
        messageEs: `El período debe tener la forma ${example[query.grain]} para ${query.grain}`,
        details: [{ field: 'querystring.period', message: `expected e.g. ${example[query.grain]}` }],
      },
    );
  }
}
const example = { month: '2025-10', quarter: '2025-Q4', year: '2025' } as const;

/** The company's standing against its cohorts for one period (default: its latest). */
export async function getCompanyBenchmarks(
  ctx: ServiceContext,
  query: BenchmarksQuery,
  minCompanies: number,
): Promise<CompanyBenchmarks> {
  authorize(ctx, 'view_dashboards');
  assertPeriod(query);
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const company = await findLiveCompany(tx, ctx.companyId);
    if (!company) throw notFound('Company');
    const population = company.isDemo ? 'demo' : 'real';
    const base: Pick<CompanyBenchmarks, 'grain' | 'population' | 'min_companies' | 'metrics'> = {
      grain: query.grain,
      population,
      min_companies: effectiveMinCompanies(minCompanies),
      metrics: [],
    };
    if (!company.benchmarkOptIn)
      return { ...base, period: query.period ?? null, computed_at: null, reason: OPTED_OUT };
    const position = await getBenchmarkPosition(tx, ctx.companyId, query.grain, query.period);
    if (!position) return { ...base, period: query.period ?? null, computed_at: null, reason: NOT_COMPUTED };
    const values = position.values as PositionValues;
    const rows = await listBenchmarkResults(tx, {
      population: position.population,
      grain: query.grain,
      periods: [position.period],
      cuts: positionCuts(values).map((c) => c.key),
    });
    // The company's own row of the period tells why a metric has no value (no costs…).
    const own = (await listFeatureRows(tx, ctx.companyId, { level: query.grain, entity: '' })).find(
      (row) => row.period === position.period,
    );
    const nullReasons = own ? metricNullReasons(own.values as Record<string, unknown>, 1) : {};
    return {
      ...base,
      period: position.period,
      computed_at: position.computedAt.toISOString(),
      reason: null,
      metrics: metricsView(values, rows, nullReasons),
    };
  });
}

/** The company's rank in one metric over every computed period of a grain. */
export async function getBenchmarkHistory(
  ctx: ServiceContext,
  query: { metric: string; grain: BenchmarksQuery['grain'] },
): Promise<BenchmarkHistory> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const company = await findLiveCompany(tx, ctx.companyId);
    if (!company) throw notFound('Company');
    const empty = { metric: query.metric, grain: query.grain, points: [] } as BenchmarkHistory;
    if (!company.benchmarkOptIn) return empty;
    const positions = await listBenchmarkPositions(tx, ctx.companyId, query.grain);
    const keys = new Set(
      positions.flatMap((p) => positionCuts(p.values as PositionValues).map((c) => c.key)),
    );
    const rows = await listBenchmarkResults(tx, {
      population: company.isDemo ? 'demo' : 'real',
      grain: query.grain,
      periods: positions.map((p) => p.period),
      cuts: [...keys],
      metric: query.metric,
    });
    const points = positions.map((p) => {
      const view = metricsView(
        p.values as PositionValues,
        rows.filter((r) => r.period === p.period),
      ).find((m) => m.metric === query.metric);
      return {
        period: p.period,
        value: view?.value ?? null,
        cut: view?.cohort?.cut ?? null,
        n: view?.cohort?.n ?? null,
        percentile_rank: view?.cohort?.percentile_rank ?? null,
        tier: view?.cohort?.tier ?? null,
      };
    });
    return { ...empty, points };
  });
}

/** Cohort sizes of the real population (companies with revenue in the period), no values. */
export async function getCohortSizes(
  db: Database,
  query: BenchmarksQuery,
  minCompanies: number,
): Promise<CohortSizes> {
  assertPeriod(query);
  const period = query.period ?? (await latestBenchmarkPeriod(db, 'real', query.grain));
  const rows = period
    ? await listBenchmarkResults(db, {
        population: 'real',
        grain: query.grain,
        periods: [period],
        metric: 'revenue',
      })
    : [];
  return {
    grain: query.grain,
    period,
    min_companies: effectiveMinCompanies(minCompanies),
    cohorts: rows.map((r) => {
      const [kind, rest = ''] = r.cut.split(':') as [CutKindKey, string?];
      const [industry = null, second = null] = rest ? rest.split('|') : [];
      return {
        cut: kind,
        industry,
        size: kind === 'industry_size' ? second : null,
        region: kind === 'industry_region' ? second : null,
        // Sizes of hidden cuts are not listed: a 1 would tell who takes part in a small cell.
        n: r.visible ? r.n : null,
        visible: r.visible,
        reason: r.visible ? null : hiddenReasonView(kind, r.reason, { withCount: false }),
      };
    }),
  };
}
