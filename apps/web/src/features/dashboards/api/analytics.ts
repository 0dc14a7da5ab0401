import type {
  CategorySales,
  CustomerSales,
  HourSales,
  LocationSales,
  MetricGrain,
  MetricPeriod,
  ProductSales,
} from '@ayni/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DateRange } from '../lib/period';

/** Every answer of the analytics endpoints: the rows and how recent the data is. */
export interface AnalyticsAnswer<T> {
  data: T[];
  dataThrough: string | null;
  /** Products only: the units the company's products are sold in, most products first. */
  units?: string[];
}

interface Body<T> {
  data: T[];
  meta: { data_through?: string | null; units?: string[] };
}

export const dashboardKeys = {
  /** Everything cached for one company's dashboards; invalidated when its analytics change. */
  company: (companyId: string) => ['dashboard', companyId] as const,
  metrics: (companyId: string, grain: MetricGrain, range: DateRange | null) =>
    ['dashboard', companyId, 'metrics', grain, range ? `${range.from}..${range.to}` : 'all'] as const,
  list: (
    companyId: string,
    list: BreakdownList,
    range: DateRange | null,
    sort: string,
    size: number,
    unit: string | undefined,
  ) =>
    [
      'dashboard',
      companyId,
      list,
      range ? `${range.from}..${range.to}` : 'all',
      sort,
      size,
      unit ?? 'any',
    ] as const,
};

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

async function getList<T>(
  path: string,
  query: Record<string, string | number | undefined>,
  signal?: AbortSignal,
): Promise<AnalyticsAnswer<T>> {
  const body = await api.get<Body<T>>(path, { signal, query });
  const answer: AnalyticsAnswer<T> = { data: body.data, dataThrough: body.meta.data_through ?? null };
  return body.meta.units ? { ...answer, units: body.meta.units } : answer;
}

export function metricsOptions(companyId: string, grain: MetricGrain, range: DateRange | null) {
  return queryOptions({
    queryKey: dashboardKeys.metrics(companyId, grain, range),
    queryFn: ({ signal }) =>
      getList<MetricPeriod>(
        `${base(companyId)}/metrics`,
        { grain, from: range?.from, to: range?.to },
        signal,
      ),
  });
}

export interface BreakdownRows {
  products: ProductSales;
  categories: CategorySales;
  customers: CustomerSales;
  'locations/sales': LocationSales;
  hours: HourSales;
}
export type BreakdownList = keyof BreakdownRows;

export function breakdownOptions<L extends BreakdownList>(
  companyId: string,
  list: L,
  range: DateRange | null,
  {
    sort = '-revenue',
    pageSize = 10,
    unit,
  }: {
    sort?: string;
    pageSize?: number;
    /** Products only: those sold in this unit (`un`, `kg`…). */
    unit?: string;
  } = {},
) {
  return queryOptions({
    queryKey: dashboardKeys.list(companyId, list, range, sort, pageSize, unit),
    queryFn: ({ signal }) =>
      getList<BreakdownRows[L]>(
        `${base(companyId)}/${list}`,
        { from: range?.from, to: range?.to, sort, page_size: pageSize, unit },
        signal,
      ),
  });
}
