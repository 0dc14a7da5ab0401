import {
  type AskFilters,
  type AskPeriod,
  categoriesQuerySchema,
  customersQuerySchema,
  hoursQuerySchema,
  inHourSpan,
  locationsSalesQuerySchema,
  type MetricGrain,
  productsQuerySchema,
} from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import type { Page } from '../analytics/breakdown-query';
import { listCategories, listCustomers, listHours, listLocationSales } from '../analytics/breakdowns.service';
import { getMetrics } from '../analytics/metrics.service';
import { listProducts } from '../analytics/product-breakdowns';
import type { Row } from './metric-sums';
import { sliceParams } from './slice-params';

/*
 * Reads for Ask through the dashboards' own services (same tenant scope, same rounding): what a
 * question's figures come from, so they always equal the analytics endpoints'.
 */

const PAGE = 200;
export const range = (period: AskPeriod | null) => (period ? { from: period.from, to: period.to } : {});

/** Every page of a paged breakdown, in the service's order. */
export async function all<T>(
  read: (page: number) => Promise<Page<T>>,
): Promise<{ items: T[]; page: Page<T> }> {
  const first = await read(1);
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await read(page);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { items, page: first };
}

/**
 * Company (or branch) rows of `period` at its own grain; a free range, or all the data, at the
 * finest grain that adds up exactly (days for a range, months for everything).
 */
export async function periodRows(
  ctx: ServiceContext,
  period: AskPeriod | null,
  location: string | null,
  grain?: MetricGrain,
) {
  const rowGrain: MetricGrain =
    grain ?? (period === null ? 'month' : period.grain === 'range' ? 'day' : period.grain);
  const { periods } = await getMetrics(ctx, {
    grain: rowGrain,
    ...range(period),
    ...(location ? { location } : {}),
  });
  return periods as unknown as Row[];
}

/** The 168 weekday × hour cells of the period (of the filters' branch, product, category), keeping those the filters name. */
export async function clockCells(ctx: ServiceContext, period: AskPeriod | null, filters: AskFilters) {
  const slice = sliceParams(filters, ['location', 'product', 'category']);
  const { items } = await listHours(
    ctx,
    hoursQuerySchema.parse({ ...range(period), ...slice, page_size: PAGE }),
  );
  return items.filter(
    (cell) =>
      (filters.weekdays === null || filters.weekdays.includes(cell.weekday)) &&
      (filters.hours === null || inHourSpan(cell.hour, filters.hours)),
  ) as unknown as Row[];
}

export const allProducts = (ctx: ServiceContext, period: AskPeriod | null) =>
  all((page) => listProducts(ctx, productsQuerySchema.parse({ ...range(period), page, page_size: PAGE })));

export const allCategories = (ctx: ServiceContext, period: AskPeriod | null) =>
  all((page) =>
    listCategories(ctx, categoriesQuerySchema.parse({ ...range(period), page, page_size: PAGE })),
  );

export const allLocations = (ctx: ServiceContext, period: AskPeriod | null) =>
  all((page) =>
    listLocationSales(ctx, locationsSalesQuerySchema.parse({ ...range(period), page, page_size: PAGE })),
  );

/** Customers' lifetime profiles (the stored features have no customer × period). */
export const allCustomers = (ctx: ServiceContext) =>
  all((page) => listCustomers(ctx, customersQuerySchema.parse({ page, page_size: PAGE })));
