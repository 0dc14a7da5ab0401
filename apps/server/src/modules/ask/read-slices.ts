import {
  type AskPeriod,
  categoriesQuerySchema,
  locationsSalesQuerySchema,
  type MetricGrain,
  periodSalesQuerySchema,
  productsQuerySchema,
} from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { listCategories, listLocationSales } from '../analytics/breakdowns.service';
import { listProducts } from '../analytics/product-breakdowns';
import { listPeriodSales } from '../analytics/slice-breakdowns';
import type { Row } from './metric-sums';
import { all, range } from './read-sources';

/*
 * Reads of one slice (a branch, a product, a category) for Ask, through the same breakdown
 * endpoints' services and filters as the dashboards: the lines of the slice over the days asked.
 */

const PAGE = 200;
/** The query-string form of the slice: only the names given. */
const named = (slice: { location?: string | null; product?: string | null; category?: string | null }) =>
  Object.fromEntries(Object.entries(slice).filter(([, value]) => value !== null && value !== undefined));

export const productsAtLocation = (ctx: ServiceContext, period: AskPeriod | null, location: string) =>
  all((page) =>
    listProducts(ctx, productsQuerySchema.parse({ ...range(period), location, page, page_size: PAGE })),
  );

export const categoriesAtLocation = (ctx: ServiceContext, period: AskPeriod | null, location: string) =>
  all((page) =>
    listCategories(ctx, categoriesQuerySchema.parse({ ...range(period), location, page, page_size: PAGE })),
  );

/** The branches selling a product and/or a category. */
export const locationsOfSlice = (
  ctx: ServiceContext,
  period: AskPeriod | null,
  slice: { product: string | null; category: string | null },
) =>
  all((page) =>
    listLocationSales(
      ctx,
      locationsSalesQuerySchema.parse({ ...range(period), ...named(slice), page, page_size: PAGE }),
    ),
  );

/** A slice per whole calendar period overlapping `period`. */
export async function slicePeriodRows(
  ctx: ServiceContext,
  period: AskPeriod | null,
  grain: MetricGrain,
  slice: { location: string | null; product: string | null; category: string | null },
) {
  const { periods } = await listPeriodSales(
    ctx,
    periodSalesQuerySchema.parse({ grain, ...range(period), ...named(slice) }),
  );
  return periods as unknown as Row[];
}
