import type { CategorySales, HourSales, LocationSales, MetricPeriod, ProductSales } from '@ayni/contracts';
import { CATEGORIES, hours, months, PRODUCTS } from '../../src/features/dashboards/test/fixtures';
import { type Ctx, fail, META, route, send } from './http';

/**
 * The analytics endpoints the dashboards read (`/metrics`, `/products`, `/categories`, `/customers`,
 * `/locations/sales`, `/hours`). Tests change `analytics` between steps; `resetAnalytics()` restores it.
 */
export interface AnalyticsState {
  dataThrough: string | null;
  /** Rows per grain; day/week rows are filtered by `from`/`to`, others too. */
  metrics: Partial<Record<string, MetricPeriod[]>>;
  products: ProductSales[];
  categories: CategorySales[];
  locations: LocationSales[];
  hours: HourSales[];
  /** Status codes to answer the next `/metrics` requests with, consumed in order. */
  failures: number[];
  /** `meta.macro` of `/metrics` answers (base month, data dates of the macro fields). */
  macro: Record<string, string | null> | null;
}

export function defaultAnalytics(): AnalyticsState {
  return {
    dataThrough: '2026-11-30',
    metrics: { month: months() },
    products: PRODUCTS,
    categories: CATEGORIES,
    locations: [],
    hours: hours(),
    failures: [],
    macro: null,
  };
}

export const analytics: AnalyticsState = defaultAnalytics();

export function resetAnalytics(): void {
  Object.assign(analytics, defaultAnalytics());
}

const ID = '([^/]+)';

function list(ctx: Ctx, data: unknown[], extraMeta: object = {}) {
  const from = ctx.url.searchParams.get('from');
  const to = ctx.url.searchParams.get('to');
  send(ctx.res, 200, {
    data,
    meta: {
      ...META(),
      page: 1,
      page_size: Number(ctx.url.searchParams.get('page_size') ?? 50),
      total: data.length,
      sort: ctx.url.searchParams.get('sort') ?? '-revenue',
      data_through: analytics.dataThrough,
      period: from || to ? { from, to } : null,
      ...extraMeta,
    },
  });
}

/** `/products`: `unit` keeps the products of that unit (`un` also those without one), as the API. */
function products(ctx: Ctx) {
  const unitOf = (p: ProductSales) => p.unit_type ?? 'un';
  const units = [...new Set(analytics.products.map(unitOf))];
  const unit = ctx.url.searchParams.get('unit');
  const rows = unit === null ? analytics.products : analytics.products.filter((p) => unitOf(p) === unit);
  list(ctx, rows, { units });
}

export function analyticsRoutes(ctx: Ctx): boolean {
  if (ctx.method !== 'GET') return false;
  if (route(ctx, 'GET', new RegExp(`^/api/v1/companies/${ID}/metrics$`))) {
    const failure = analytics.failures.shift();
    if (failure) {
      fail(ctx.res, failure, 'INTERNAL_ERROR', 'Something broke', 'Algo falló en el servidor');
      return true;
    }
    const grain = ctx.url.searchParams.get('grain') ?? 'month';
    const from = ctx.url.searchParams.get('from') ?? '0000';
    const to = ctx.url.searchParams.get('to') ?? '9999';
    const rows = (analytics.metrics[grain] ?? []).filter(
      (row) => row.period_end >= from && row.period_start <= to,
    );
    const macro = analytics.macro ? { macro: analytics.macro } : {};
    send(ctx.res, 200, {
      data: rows,
      meta: { ...META(), grain, data_through: analytics.dataThrough, ...macro },
    });
    return true;
  }
  if (route(ctx, 'GET', new RegExp(`^/api/v1/companies/${ID}/products$`))) {
    products(ctx);
    return true;
  }
  const lists: Array<[string, () => unknown[]]> = [
    ['categories', () => analytics.categories],
    ['customers', () => []],
    ['locations/sales', () => analytics.locations],
    ['hours', () => analytics.hours],
  ];
  for (const [path, rows] of lists) {
    if (route(ctx, 'GET', new RegExp(`^/api/v1/companies/${ID}/${path}$`))) {
      list(ctx, rows());
      return true;
    }
  }
  return false;
}
