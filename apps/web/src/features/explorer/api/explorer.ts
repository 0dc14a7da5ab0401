import type {
  AnalyticsPeriod,
  CatalogFeature,
  ListMeta,
  Location,
  Meta,
  MetricGrain,
  ProductDetail,
} from '@ayni/contracts';
import { api, apiDownload, type Download, type Envelope } from '../../../lib/api-client';
import type { ListLevel } from '../lib/levels';

const company = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

/** A row of any level: figures by name, and why each null one is null. */
export type ExplorerRow = Record<string, string | number | boolean | null> & {
  nulls?: Record<string, string>;
};

export interface ExplorerMeta {
  data_through: string | null;
  period?: AnalyticsPeriod;
}

export interface ExplorerPage {
  rows: ExplorerRow[];
  meta: ExplorerMeta;
  /** Present for the paged lists (products, customers, categories, branches). */
  page?: { page: number; page_size: number; total: number };
}

export interface ExplorerQuery {
  from?: string;
  to?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export const explorerKeys = {
  catalog: ['catalog'] as const,
  metrics: (companyId: string, grain: MetricGrain, from?: string, to?: string, location?: string) =>
    ['explorer', companyId, 'metrics', grain, from ?? '', to ?? '', location ?? ''] as const,
  locations: (companyId: string) => ['explorer', companyId, 'locations'] as const,
  list: (companyId: string, level: ListLevel, query: ExplorerQuery) =>
    ['explorer', companyId, level, query] as const,
  product: (companyId: string, id: string, from?: string, to?: string) =>
    ['explorer', companyId, 'product-detail', id, from ?? '', to ?? ''] as const,
  customer: (companyId: string, id: string) => ['explorer', companyId, 'customer-detail', id] as const,
};

/** The engine's feature catalog: unit, format and both descriptions of every feature. */
export async function getCatalog(signal?: AbortSignal): Promise<CatalogFeature[]> {
  const body = await api.get<Envelope<CatalogFeature[]>>('/api/v1/catalog', { signal });
  return body.data;
}

/** Company-wide (or one branch's) figures per day, week, month, quarter or year (sorted here). */
export async function getMetrics(
  companyId: string,
  grain: MetricGrain,
  range: { from?: string; to?: string; location?: string },
  signal?: AbortSignal,
): Promise<ExplorerPage> {
  const body = await api.get<Envelope<ExplorerRow[], Meta & ExplorerMeta>>(`${company(companyId)}/metrics`, {
    signal,
    query: { grain, from: range.from, to: range.to, location: range.location },
  });
  return { rows: body.data, meta: body.meta };
}

const LIST_PATHS: Record<ListLevel, string> = {
  product: 'products',
  customer: 'customers',
  category: 'categories',
  location: 'locations/sales',
};

/** One page of products, customers, categories or branches, sorted by the API. */
export async function getLevelPage(
  companyId: string,
  level: ListLevel,
  query: ExplorerQuery,
  signal?: AbortSignal,
): Promise<ExplorerPage> {
  const body = await api.get<Envelope<ExplorerRow[], ListMeta & ExplorerMeta>>(
    `${company(companyId)}/${LIST_PATHS[level]}`,
    {
      signal,
      query: {
        from: query.from,
        to: query.to,
        sort: query.sort,
        page: query.page,
        page_size: query.pageSize,
      },
    },
  );
  const { page, page_size, total } = body.meta;
  return { rows: body.data, meta: body.meta, page: { page, page_size, total } };
}

export async function getProductDetail(
  companyId: string,
  productId: string,
  range: { from?: string; to?: string },
  signal?: AbortSignal,
): Promise<ProductDetail> {
  const body = await api.get<Envelope<ProductDetail>>(
    `${company(companyId)}/products/${encodeURIComponent(productId)}`,
    { signal, query: { from: range.from, to: range.to } },
  );
  return body.data;
}

export async function getCustomerDetail(
  companyId: string,
  customerId: string,
  signal?: AbortSignal,
): Promise<ExplorerRow> {
  const body = await api.get<Envelope<ExplorerRow>>(
    `${company(companyId)}/customers/${encodeURIComponent(customerId)}`,
    { signal },
  );
  return body.data;
}

/** The company's branches (names), for the branch filter. */
export async function getLocationNames(companyId: string, signal?: AbortSignal): Promise<string[]> {
  const body = await api.get<Envelope<Location[]>>(`${company(companyId)}/locations`, { signal });
  return body.data.map((location) => location.name);
}

export type ExportChoice = 'csv' | 'csv-excel' | 'xlsx';

const EXPORT_ACCEPT: Record<ExportChoice, string> = {
  csv: 'text/csv',
  'csv-excel': 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The view's export URL: every row of the level with the view's filters and sort. */
export function exportPath(
  companyId: string,
  level: string,
  choice: ExportChoice,
  view: { from?: string; to?: string; location?: string; sort: string; lang: string },
): string {
  const query = new URLSearchParams({
    format: choice === 'xlsx' ? 'xlsx' : 'csv',
    lang: view.lang,
    sort: view.sort,
  });
  if (choice === 'csv-excel') query.set('delimiter', 'semicolon');
  for (const name of ['from', 'to', 'location'] as const) {
    const value = view[name];
    if (value) query.set(name, value);
  }
  return `${company(companyId)}/exports/${encodeURIComponent(level)}?${query}`;
}

/** Downloads the export with the Bearer token (the server streams it; the browser keeps the file). */
export function downloadExport(path: string, choice: ExportChoice): Promise<Download> {
  return apiDownload(path, EXPORT_ACCEPT[choice]);
}
