import {
  type AskFilters,
  type AskPeriod,
  categoriesQuerySchema,
  customersQuerySchema,
  locationsSalesQuerySchema,
  type MetricGrain,
  periodSalesQuerySchema,
  productsQuerySchema,
} from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { snapToMonths } from '../analytics/breakdown-query';
import { listCustomers } from '../analytics/breakdowns.service';
import { customerSliceRows } from '../analytics/customer-slices';
import {
  listLocationsOfSlice,
  listPeriodSales,
  listSlicedCategories,
  listSlicedProducts,
} from '../analytics/slice-breakdowns';
import type { Row } from './metric-sums';
import { all, range } from './read-sources';
import { sliceParams } from './slice-params';

/*
 * Reads of one slice (a branch, a product, a category) for Ask, through the same breakdown
 * endpoints' services and filters as the dashboards: the lines of the slice over the days asked.
 */

const PAGE = 200;

/**
 * Whether `period` is whole months, which the stored monthly rows of products and categories sum
 * exactly. Other days (a week, the same days of two months) are summed from the lines.
 */
export function wholeMonths(period: AskPeriod | null): boolean {
  const months = snapToMonths(period ?? {});
  return period === null || (months?.from === period.from && months?.to === period.to);
}

/** Products of the query's branch, category, days of the week and hours, over the exact days. */
export const slicedProducts = (ctx: ServiceContext, period: AskPeriod | null, filters: AskFilters) =>
  all((page) =>
    listSlicedProducts(
      ctx,
      productsQuerySchema.parse({
        ...range(period),
        ...sliceParams(filters, ['location', 'category', 'clock']),
        page,
        page_size: PAGE,
      }),
    ),
  );

/** Categories of the query's branch, days of the week and hours, over the exact days. */
export const slicedCategories = (ctx: ServiceContext, period: AskPeriod | null, filters: AskFilters) =>
  all((page) =>
    listSlicedCategories(
      ctx,
      categoriesQuerySchema.parse({
        ...range(period),
        ...sliceParams(filters, ['location', 'clock']),
        page,
        page_size: PAGE,
      }),
    ),
  );

/**
 * The branches selling the query's product and/or category, on its days of the week and hours,
 * over the exact days (a day or a week too, which the branches' monthly rows cannot give).
 */
export const slicedLocations = (ctx: ServiceContext, period: AskPeriod | null, filters: AskFilters) =>
  all((page) =>
    listLocationsOfSlice(
      ctx,
      locationsSalesQuerySchema.parse({
        ...range(period),
        ...sliceParams(filters, ['product', 'category', 'clock']),
        page,
        page_size: PAGE,
      }),
    ),
  );

/** The customers of the query's branch, by their lines there over the days asked. */
export const customersAtLocation = (ctx: ServiceContext, period: AskPeriod | null, filters: AskFilters) =>
  all((page) =>
    listCustomers(
      ctx,
      customersQuerySchema.parse({
        ...range(period),
        ...sliceParams(filters, ['location']),
        page,
        page_size: PAGE,
      }),
    ),
  );

/** Every customer by their own lines over the period's exact days (no stored level has customer × period). */
export const customersOverDays = async (ctx: ServiceContext, period: AskPeriod) =>
  (await customerSliceRows(ctx, { from: period.from, to: period.to })).items;

/** A slice per whole calendar period overlapping `period`. */
export async function slicePeriodRows(
  ctx: ServiceContext,
  period: AskPeriod | null,
  grain: MetricGrain,
  filters: AskFilters,
) {
  const { periods } = await listPeriodSales(
    ctx,
    periodSalesQuerySchema.parse({
      grain,
      ...range(period),
      ...sliceParams(filters, ['location', 'product', 'category']),
    }),
  );
  return periods as unknown as Row[];
}
