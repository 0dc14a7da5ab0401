import {
  type AnalyticsPeriod,
  type CatalogFeature,
  type ExplorerFilters,
  type ExplorerLevel,
  explorerRequest,
  isMetricLevel,
  type ListMeta,
  type Location,
  type Meta,
  type ProductDetail,
} from '@ayni/contracts';
import { api, apiDownload, type Download, type Envelope } from '../../../lib/api-client';

const company = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

/** A row of any level: figures by name, and why each null one is null. */
export type ExplorerRow = Record<string, string | number | boolean | null> & {
  nulls?: Record<string, string>;
};

export interface ExplorerMeta {
  data_through: string | null;
  period?: AnalyticsPeriod;
  /** Products only: the units the company's products are sold in, most products first. */
  units?: string[];
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
  locations: (companyId: string) => ['explorer', companyId, 'locations'] as const,
  level: (companyId: string, level: ExplorerLevel, query: ExplorerQuery, filters: ExplorerFilters) =>
    ['explorer', companyId, level, query, filters] as const,
  product: (companyId: string, id: string, from?: string, to?: string) =>
    ['explorer', companyId, 'product-detail', id, from ?? '', to ?? ''] as const,
  customer: (companyId: string, id: string) => ['explorer', companyId, 'customer-detail', id] as const,
};

/** The engine's feature catalog: unit, format and both descriptions of every feature. */
export async function getCatalog(signal?: AbortSignal): Promise<CatalogFeature[]> {
  const body = await api.get<Envelope<CatalogFeature[]>>('/api/v1/catalog', { signal });
  return body.data;
}

/**
 * A level's rows with the view's filters, from the endpoint Ask's links name
 * (`explorerRequest`): period levels come whole (sorted and paged here), lists one page at a
 * time, sorted by the API; one customer's profile; the whole weekday × hour grid.
 */
export async function getLevelRows(
  companyId: string,
  level: ExplorerLevel,
  query: ExplorerQuery,
  filters: ExplorerFilters,
  signal?: AbortSignal,
): Promise<ExplorerPage> {
  const request = explorerRequest(
    level,
    isMetricLevel(level) ? { from: query.from, to: query.to } : query,
    filters,
  );
  const body = await api.get<Envelope<ExplorerRow[] | ExplorerRow, Partial<ListMeta> & Meta & ExplorerMeta>>(
    `${company(companyId)}/${request.path}`,
    { signal, query: request.query },
  );
  const { page, page_size, total } = body.meta;
  const paged = page !== undefined && page_size !== undefined && total !== undefined;
  // One customer's profile is one row.
  const rows = Array.isArray(body.data) ? body.data : [body.data];
  return { rows, meta: body.meta, ...(paged ? { page: { page, page_size, total } } : {}) };
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
  view: { from?: string; to?: string; location?: string; unit?: string; sort: string; lang: string },
): string {
  const query = new URLSearchParams({
    format: choice === 'xlsx' ? 'xlsx' : 'csv',
    lang: view.lang,
    sort: view.sort,
  });
  if (choice === 'csv-excel') query.set('delimiter', 'semicolon');
  for (const name of ['from', 'to', 'location', 'unit'] as const) {
    const value = view[name];
    if (value) query.set(name, value);
  }
  return `${company(companyId)}/exports/${encodeURIComponent(level)}?${query}`;
}

/** Downloads the export with the Bearer token (the server streams it; the browser keeps the file). */
export function downloadExport(path: string, choice: ExportChoice): Promise<Download> {
  return apiDownload(path, EXPORT_ACCEPT[choice]);
}
