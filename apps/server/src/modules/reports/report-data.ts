import type {
  CompanyBenchmarks,
  DashboardKind,
  HourSales,
  InsightItem,
  MetricPeriod,
  ReportLanguage,
  ReportPeriodKind,
} from '@ayni/contracts';
import { findLiveCompany, inCompany } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { listCategories, listCustomers, listHours } from '../analytics/breakdowns.service';
import { getMetrics } from '../analytics/metrics.service';
import { listProducts } from '../analytics/product-breakdowns';
import { getCompanyBenchmarks } from '../benchmarks/benchmarks.service';
import { getInsights } from '../insights/insights.service';
import { getMacroBuffs } from '../macro/macro-company.service';
import { noDataError } from './report-errors';
import { type KpiFigure, kpisFor } from './report-kpis';
import { lastYearPeriod, type PeriodRange, periodRange, previousPeriod } from './report-periods';

/** Everything a report shows, read through the same services the dashboards call. */
export interface ReportData {
  company: { name: string; rut: string };
  role: DashboardKind;
  kind: ReportPeriodKind;
  period: string;
  language: ReportLanguage;
  range: PeriodRange;
  dataThrough: string | null;
  current: MetricPeriod;
  kpis: KpiFigure[];
  /** Up to 12 months ending with the period's last month: revenue and transactions. */
  trend: Array<{ month: string; revenue: number; transactions: number }>;
  heatmap: HourSales[] | null;
  categories: Array<{ name: string; revenue: number }>;
  products: Array<{
    name: string;
    revenue: number;
    units: number;
    unit: string | null;
    share: number | null;
  }>;
  customers: Array<{ id: string; revenue: number; transactions: number }>;
  insights: InsightItem[];
  benchmarks: CompanyBenchmarks | null;
  macro: Awaited<ReturnType<typeof getMacroBuffs>> | null;
}

const TOP = 10;

const monthsBack = (month: string, n: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n, 1));
  return d.toISOString().slice(0, 10);
};

/** The period's own row of the metrics API; undefined when the company sold nothing in it. */
export async function periodRow(ctx: ServiceContext, kind: ReportPeriodKind, period: string) {
  const range = periodRange(kind, period);
  const { periods } = await getMetrics(ctx, { grain: kind, ...range });
  const row = periods.find((p) => p.period === period);
  return row && (row.transactions > 0 || row.revenue !== 0) ? row : undefined;
}

/** Optional context (benchmarks, macro) must never sink a report: missing is shown as missing. */
async function optional<T>(ctx: ServiceContext, what: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    ctx.log.warn({ err, what }, 'report section unavailable');
    return null;
  }
}

export async function gatherReportData(
  ctx: ServiceContext,
  request: { role: DashboardKind; kind: ReportPeriodKind; period: string; language: ReportLanguage },
  options: { benchmarkMinCompanies: number },
): Promise<ReportData> {
  const { kind, period, role } = request;
  const range = periodRange(kind, period);
  const company = await inCompany(ctx.db, ctx.companyId, (tx) => findLiveCompany(tx, ctx.companyId));
  if (!company) throw notFound('Company');

  const lastYear = lastYearPeriod(period);
  const metrics = await getMetrics(ctx, {
    grain: kind,
    from: periodRange(kind, lastYear).from,
    to: range.to,
  });
  const byPeriod = new Map(metrics.periods.map((p) => [p.period, p]));
  const current = byPeriod.get(period);
  if (!current || (current.transactions === 0 && current.revenue === 0)) throw noDataError(period);

  const lastMonth = range.to.slice(0, 7);
  const months = await getMetrics(ctx, { grain: 'month', from: monthsBack(lastMonth, 11), to: range.to });
  const page = { page: 1, page_size: TOP };
  const [products, categories, customers, hours, insights] = await Promise.all([
    listProducts(ctx, { ...range, ...page, sort: '-revenue' }),
    listCategories(ctx, { ...range, page: 1, page_size: 8, sort: '-revenue' }),
    listCustomers(ctx, { ...range, ...page, sort: '-revenue' }),
    role === 'operations' ? listHours(ctx, { ...range, page: 1, page_size: 168, sort: 'weekday' }) : null,
    getInsights(ctx, { audience: role }),
  ]);
  const benchmarks =
    kind === 'week'
      ? null
      : await optional(ctx, 'benchmarks', () =>
          getCompanyBenchmarks(ctx, { grain: kind, period }, options.benchmarkMinCompanies),
        );
  const macro = await optional(ctx, 'macro', () => macroForMonth(ctx, lastMonth));

  return {
    company: { name: company.name, rut: company.rut },
    role,
    kind,
    period,
    language: request.language,
    range,
    dataThrough: metrics.dataThrough,
    current,
    kpis: kpisFor(role, current, byPeriod.get(previousPeriod(kind, period)), byPeriod.get(lastYear)),
    trend: months.periods.map((p) => ({ month: p.period, revenue: p.revenue, transactions: p.transactions })),
    heatmap: hours?.items ?? null,
    categories: categories.items.map((c) => ({ name: String(c.category ?? '—'), revenue: c.revenue })),
    products: products.items.map((p) => ({
      name: p.description ?? p.product_id,
      revenue: p.revenue,
      units: p.units,
      unit: p.unit_type,
      share: p.revenue_share_pct,
    })),
    customers: customers.items.map((c) => ({
      id: String(c.customer_id),
      revenue: Number(c.revenue),
      transactions: Number(c.transactions),
    })),
    insights: insights.data.top,
    benchmarks,
    macro,
  };
}

/**
 * The indicators' moves for the report's last month; when they stop before it (a snapshot older
 * than the sales, no live source), their latest month instead: its `month` then says which.
 */
async function macroForMonth(ctx: ServiceContext, month: string) {
  const asked = await getMacroBuffs(ctx, { month });
  if (asked.buffs.length > 0) return asked;
  const latest = await getMacroBuffs(ctx, {});
  return latest.buffs.length > 0 && latest.month < month ? latest : asked;
}
