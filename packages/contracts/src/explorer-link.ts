import { z } from 'zod';
import type {
  CategoriesQuery,
  HoursQuery,
  LocationsSalesQuery,
  PeriodSalesQuery,
  ProductsQuery,
} from './analytics';
import { METRIC_GRAINS, type MetricGrain, type MetricsQuery } from './metrics';

/*
 * The explorer's URL (`/c/{companyId}/explore/{level}?from=&to=&sort=&location=...`): what Ask's
 * deep links carry and what the web app reads back. Both sides use these functions, so a filter
 * an answer applied is a filter the view applies, and the view asks the same endpoint with it.
 */

export const EXPLORER_LEVELS = [
  ...METRIC_GRAINS,
  'product',
  'customer',
  'category',
  'location',
  'seller',
  'payment_method',
  'hour',
] as const;
export type ExplorerLevel = (typeof EXPLORER_LEVELS)[number];
export type ExplorerListLevel = Exclude<ExplorerLevel, MetricGrain>;

export function isExplorerLevel(value: string): value is ExplorerLevel {
  return (EXPLORER_LEVELS as readonly string[]).includes(value);
}

export function isMetricLevel(level: ExplorerLevel): level is MetricGrain {
  return (METRIC_GRAINS as readonly string[]).includes(level);
}

/**
 * A slice of the figures: one branch, product (SKU) or category, some weekdays, some hours; or
 * one customer (their lifetime profile, `/customers/{id}`). The customer list takes a branch:
 * each customer's purchases there (`/customers?location=`). The product list also takes a unit
 * (`kg`): only the products sold in it, so quantities rank like with like.
 */
export const EXPLORER_FILTERS = [
  'location',
  'product',
  'category',
  'weekdays',
  'hours',
  'customer',
  'unit',
] as const;
export type ExplorerFilterName = (typeof EXPLORER_FILTERS)[number];

const PERIOD_FILTERS = ['location', 'product', 'category'] as const;
/** What the period endpoints filter themselves (the day view keeps its weekdays, `keepWeekdayRows`). */
const PERIOD_PARAMS: readonly string[] = PERIOD_FILTERS;
/**
 * The filters each level applies; a link's other filters would be ignored. The weekday × hour
 * grid (`hour`) sends the branch, product and category to `/hours` and keeps the cells of the
 * weekdays and hours itself (`hourGrid`), as Ask sums them.
 */
export const EXPLORER_LEVEL_FILTERS: Record<ExplorerLevel, readonly ExplorerFilterName[]> = {
  day: [...PERIOD_FILTERS, 'weekdays'],
  week: PERIOD_FILTERS,
  month: PERIOD_FILTERS,
  quarter: PERIOD_FILTERS,
  year: PERIOD_FILTERS,
  product: ['location', 'category', 'weekdays', 'hours', 'unit'],
  category: ['location', 'weekdays', 'hours'],
  location: ['product', 'category', 'weekdays', 'hours'],
  customer: ['customer', 'location'],
  seller: ['location', 'product', 'category', 'weekdays', 'hours'],
  payment_method: ['location', 'product', 'category', 'weekdays', 'hours'],
  hour: ['location', 'product', 'category', 'weekdays', 'hours'],
};

export interface ExplorerFilters {
  location: string | null;
  product: string | null;
  category: string | null;
  /** ISO weekdays (1 Monday … 7 Sunday), ascending, no repeats. */
  weekdays: number[] | null;
  /** Local hours [from, to). */
  hours: { from: number; to: number } | null;
  /** A customer id (RUT or code): that customer's profile. */
  customer: string | null;
  /** A unit (`kg`, `un`…): the products sold in it (`un` also those with none named). */
  unit: string | null;
}

export const NO_EXPLORER_FILTERS: ExplorerFilters = {
  location: null,
  product: null,
  category: null,
  weekdays: null,
  hours: null,
  customer: null,
  unit: null,
};

// The same bounds the breakdown endpoints validate (packages/contracts/src/analytics.ts).
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().min(1).max(200);
const unit = z.string().trim().toLowerCase().min(1).max(40);
const weekdays = z.string().regex(/^[1-7](,[1-7]){0,6}$/);
const hour = z.coerce.number().int().min(0).max(24);

export interface ExplorerView {
  from: string | null;
  to: string | null;
  sort: string | null;
  filters: ExplorerFilters;
  /** Parameters present but not applied: malformed, or a filter this level's endpoint lacks. */
  ignored: string[];
}

/** Reads the view of `level` from a query string; what it cannot apply is listed in `ignored`. */
export function readExplorerParams(params: URLSearchParams, level: ExplorerLevel): ExplorerView {
  const ignored: string[] = [];
  const accepts = EXPLORER_LEVEL_FILTERS[level];
  const take = <T>(key: string, schema: z.ZodType<T>, filter: ExplorerFilterName | null): T | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(raw);
    if (!parsed.success || (filter !== null && !accepts.includes(filter))) {
      ignored.push(key);
      return null;
    }
    return parsed.data;
  };
  const from = take('from', isoDate, null);
  const to = take('to', isoDate, null);
  const days = take('weekdays', weekdays, 'weekdays');
  const hourFrom = take('hour_from', hour.max(23), 'hours');
  const hourTo = take('hour_to', hour.min(1), 'hours');
  let hours: ExplorerFilters['hours'] = null;
  if (hourFrom !== null || hourTo !== null) {
    const range = { from: hourFrom ?? 0, to: hourTo ?? 24 };
    // 22–6 runs past midnight; an empty span keeps nothing.
    if (range.from !== range.to) hours = range;
    else ignored.push('hour_from', 'hour_to');
  }
  const filters: ExplorerFilters = {
    location: take('location', name, 'location'),
    product: take('product', name, 'product'),
    category: take('category', name, 'category'),
    weekdays: days ? [...new Set(days.split(',').map(Number))].sort((a, b) => a - b) : null,
    hours,
    customer: take('customer', name, 'customer'),
    unit: take('unit', unit, 'unit'),
  };
  // One customer's view is their lifetime profile, which no branch narrows.
  if (filters.customer !== null && filters.location !== null) {
    ignored.push('location');
    filters.location = null;
  }
  return { from, to, sort: params.get('sort'), filters, ignored };
}

/** An explorer link (path with its query, absolute or not) read back; null when it is not one. */
export function parseExplorerLink(
  link: string,
): (ExplorerView & { companyId: string; level: ExplorerLevel }) | null {
  const url = new URL(link, 'http://ayni.invalid');
  const match = /^\/c\/([^/]+)\/explore\/([a-z_]+)\/?$/.exec(url.pathname);
  if (!match?.[1] || !match[2] || !isExplorerLevel(match[2])) return null;
  const level = match[2];
  return {
    companyId: decodeURIComponent(match[1]),
    level,
    ...readExplorerParams(url.searchParams, level),
  };
}

/** The filters as the URL (and the endpoints) name them. */
export function explorerFilterParams(filters: ExplorerFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['location', 'product', 'category'] as const) {
    const value = filters[key];
    if (value) params[key] = value;
  }
  if (filters.weekdays) params.weekdays = filters.weekdays.join(',');
  if (filters.hours) {
    params.hour_from = String(filters.hours.from);
    params.hour_to = String(filters.hours.to);
  }
  if (filters.customer) params.customer = filters.customer;
  if (filters.unit) params.unit = filters.unit;
  return params;
}

/** The filters `level` applies, the others dropped (e.g. when moving to another level). */
export function filtersForLevel(filters: ExplorerFilters, level: ExplorerLevel): ExplorerFilters {
  const accepts = EXPLORER_LEVEL_FILTERS[level];
  const kept = { ...NO_EXPLORER_FILTERS };
  for (const key of accepts) Object.assign(kept, { [key]: filters[key] });
  return kept;
}

/** Whether the figures come from the sale lines (a slice) rather than the stored levels. */
export function isSliced(level: ExplorerLevel, filters: ExplorerFilters): boolean {
  // A unit picks stored product rows; it slices no lines.
  const { unit: _, ...applied } = filtersForLevel(filters, level);
  if (isMetricLevel(level)) return Boolean(applied.product || applied.category);
  if (level === 'hour') return false; // The grid is always summed from the lines' days.
  return Object.values(applied).some((value) => value !== null);
}

/** What `/hours` filters itself (the grid's weekdays and hours are kept by the view). */
const HOURS_PARAMS: readonly string[] = ['location', 'product', 'category'];

const LIST_PATHS: Record<ExplorerListLevel, string> = {
  product: 'products',
  customer: 'customers',
  category: 'categories',
  location: 'locations/sales',
  seller: 'sellers',
  payment_method: 'payment-methods',
  hour: 'hours',
};

/**
 * The endpoint (under `/api/v1/companies/{id}`) and query a view reads: `/metrics` for the company
 * or one branch per period, `/metrics/slice` for a product or category per period, one customer's
 * profile, the whole weekday × hour grid (its cells of the weekdays and hours kept by `hourGrid`),
 * the level's list with the filters it takes otherwise.
 */
export function explorerRequest(
  level: ExplorerLevel,
  view: { from?: string | null; to?: string | null; sort?: string; page?: number; pageSize?: number },
  filters: ExplorerFilters,
): { path: string; query: Record<string, string | number> } {
  const params = explorerFilterParams(filtersForLevel(filters, level));
  const range = { ...(view.from ? { from: view.from } : {}), ...(view.to ? { to: view.to } : {}) };
  if (isMetricLevel(level)) {
    const applied = Object.fromEntries(Object.entries(params).filter(([key]) => PERIOD_PARAMS.includes(key)));
    if (applied.product || applied.category) {
      const query = { grain: level, ...range, ...applied } satisfies Partial<PeriodSalesQuery>;
      return { path: 'metrics/slice', query };
    }
    const query = { grain: level, ...range, ...applied } satisfies Partial<MetricsQuery>;
    return { path: 'metrics', query };
  }
  if (level === 'customer' && filters.customer) {
    // A lifetime profile: no range, sort or page.
    return { path: `customers/${encodeURIComponent(filters.customer)}`, query: {} };
  }
  if (level === 'hour') {
    const slice = Object.entries(params).filter(([key]) => HOURS_PARAMS.includes(key));
    const query: Partial<Record<keyof HoursQuery, string>> = { ...range, ...Object.fromEntries(slice) };
    return { path: 'hours', query: query as Record<string, string> };
  }
  const query: Partial<
    Record<keyof (ProductsQuery & CategoriesQuery & LocationsSalesQuery), string | number>
  > = { ...range, ...params };
  if (view.sort) query.sort = view.sort;
  if (view.page) query.page = view.page;
  if (view.pageSize) query.page_size = view.pageSize;
  return { path: LIST_PATHS[level], query: query as Record<string, string | number> };
}
