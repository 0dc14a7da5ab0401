import type {
  CategoriesQuery,
  CategorySales,
  LocationSales,
  LocationsSalesQuery,
  PeriodSales,
  PeriodSalesQuery,
  ProductSales,
  ProductsQuery,
} from '@ayni/contracts';
import { type LineSliceFilters, sumLineSlices } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import { asDays, checkRange, lifetimeRows, type Nulls, type Page, parseSort, read } from './breakdown-query';
import { unitOfProduct } from './product-units';
import { snapToGrain } from './slice-periods';
import { sliceShares, sliceSumView, sliceTickets, sliceUnitPrice, sortAndPage } from './slice-views';

/*
 * The breakdowns of one slice of the lines (a branch, a product, a category), summed from
 * sale_lines over the days from/to themselves in the company's scope: what no stored level
 * holds. The unfiltered endpoints keep reading the stored feature rows.
 */

type SliceQuery = {
  from?: string;
  to?: string;
  location?: string;
  product?: string;
  category?: string;
  weekdays?: string;
  hour_from?: number;
  hour_to?: number;
};

/** Whether a breakdown query names a slice (then it is summed from the lines). */
export const isSliced = (query: SliceQuery) =>
  [query.location, query.product, query.category, query.weekdays, query.hour_from, query.hour_to].some(
    (value) => value !== undefined,
  );

export function filtersOf(query: SliceQuery): LineSliceFilters {
  // 22 to 6 runs past midnight; a span from an hour to the same keeps nothing.
  if (query.hour_from !== undefined && query.hour_to !== undefined && query.hour_from === query.hour_to) {
    throw new AppError('VALIDATION_ERROR', '`hour_from` and `hour_to` must differ', {
      messageEs: 'La hora inicial y la final deben ser distintas',
      details: [{ field: 'querystring.hour_from', message: 'must differ from `hour_to`' }],
    });
  }
  return {
    from: query.from,
    to: query.to,
    location: query.location,
    product: query.product,
    category: query.category,
    weekdays: query.weekdays?.split(',').map(Number),
    hourFrom: query.hour_from,
    hourTo: query.hour_to,
  };
}

/** Products sold at one branch and/or on some days of the week or hours, in the days of the range. */
export async function listSlicedProducts(
  ctx: ServiceContext,
  query: ProductsQuery,
): Promise<Page<ProductSales>> {
  checkRange(query);
  const sort = parseSort(query.sort, { name: 'label' });
  const { result, dataThrough } = await read(ctx, async (tx) => {
    const slices = await sumLineSlices(tx, ctx.companyId, 'product', filtersOf(query));
    const codes = slices.map((s) => s.key as string);
    const lifetime = await lifetimeRows(tx, ctx.companyId, 'product', codes);
    const shareOf = sliceShares(slices);
    const items = slices.map((s) => {
      const nulls: Nulls = {};
      const values = (lifetime.get(s.key as string)?.values ?? {}) as Record<string, unknown>;
      const description = (values.description as string | null | undefined) ?? null;
      const sums = sliceSumView(s, nulls);
      if (s.daysSold === 0) nulls.days_sold = 'NO_SALES';
      return {
        product_id: s.key as string,
        description,
        category: (values.category as string | null | undefined) ?? null,
        unit_type: (values.unit_type as string | null | undefined) ?? null,
        ...sums,
        days_sold: s.daysSold === 0 ? null : s.daysSold,
        avg_unit_price: sliceUnitPrice(s, nulls),
        revenue_share_pct: shareOf(s, nulls),
        label: description ?? s.key,
        nulls,
      };
    });
    const unit = query.unit;
    const kept = unit === undefined ? items : items.filter((item) => unitOfProduct(item.unit_type) === unit);
    const page = sortAndPage(kept, sort, (item) => item.product_id, toLimitOffset(query));
    return { items: page.map(({ label: _, ...item }) => item as ProductSales), total: kept.length };
  });
  return { ...result, period: asDays(query), dataThrough };
}

/** Categories at one branch and/or on some days or hours, in the days of the range (null: lines without one). */
export async function listSlicedCategories(
  ctx: ServiceContext,
  query: CategoriesQuery,
): Promise<Page<CategorySales>> {
  checkRange(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, 'category', filtersOf(query)),
  );
  const shareOf = sliceShares(result);
  const items = result.map((s) => {
    const nulls: Nulls = {};
    return {
      category: s.key,
      ...sliceSumView(s, nulls),
      revenue_share_pct: shareOf(s, nulls),
      months: s.months,
      nulls,
    };
  });
  const sort = parseSort(query.sort);
  const page = sortAndPage(items, sort, (item) => item.category ?? '', toLimitOffset(query));
  return { items: page, total: items.length, period: asDays(query), dataThrough };
}

/** Branches selling a product or category, or on some days or hours, in the days of the range (null: lines without one). */
export async function listLocationsOfSlice(
  ctx: ServiceContext,
  query: LocationsSalesQuery,
): Promise<Page<LocationSales>> {
  checkRange(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, 'location', filtersOf(query)),
  );
  const items = result.map((s) => {
    const nulls: Nulls = {};
    const sums = sliceSumView(s, nulls);
    return {
      location: s.key,
      ...sums,
      ...sliceTickets(s, sums, nulls),
      customers: s.customers,
      months: s.months,
      nulls,
    };
  });
  const sort = parseSort(query.sort);
  const page = sortAndPage(items, sort, (item) => item.location ?? '', toLimitOffset(query));
  return { items: page, total: items.length, period: asDays(query), dataThrough };
}

/** A slice per calendar period: whole periods (the range snapped to them), oldest first. */
export async function listPeriodSales(ctx: ServiceContext, query: PeriodSalesQuery) {
  checkRange(query);
  const period = snapToGrain(query, query.grain);
  const range = { from: period?.from ?? undefined, to: period?.to ?? undefined };
  const slice = { location: query.location, product: query.product, category: query.category };
  const { result, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, query.grain, filtersOf({ ...range, ...slice })),
  );
  const periods: PeriodSales[] = result.map((s) => {
    const nulls: Nulls = {};
    const sums = sliceSumView(s, nulls);
    const { transactions, returns, avg_ticket } = sliceTickets(s, sums, nulls);
    delete nulls.units_per_transaction;
    delete nulls.lines_per_transaction;
    return {
      period: s.key as string,
      period_start: s.periodStart as string,
      period_end: s.periodEnd as string,
      ...sums,
      transactions,
      returns,
      avg_ticket,
      nulls,
    };
  });
  return { periods, period, dataThrough };
}
