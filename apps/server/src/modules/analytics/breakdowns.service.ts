import type {
  CategoriesQuery,
  CategorySales,
  CustomerSales,
  CustomersQuery,
  HourSales,
  HoursQuery,
  LocationSales,
  LocationsSalesQuery,
} from '@ayni/contracts';
import {
  aggregateFeatureRows,
  type FeatureRow,
  getFeatureRow,
  listEntityFeatureRows,
  sumFeatureRowsByWeekHour,
  sumLineSlices,
} from '@ayni/db';
import { dayPartOf } from '@ayni/engine';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import {
  centsOf,
  countOf,
  money,
  NOT_DERIVABLE,
  quantity,
  SUM_FIELDS,
  share,
  sumView,
  thousandthsOf,
  ticketView,
} from './breakdown-math';
import {
  asDays,
  checkRange,
  type Nulls,
  notFound,
  type Page,
  parseSort,
  rangeOf,
  read,
  snapToMonths,
} from './breakdown-query';
import { companyHasCustomers, withoutCustomerCount } from './customer-counts';
import { listCustomerSlices } from './customer-slices';
import { isSliced, listLocationsOfSlice, listSlicedCategories } from './slice-breakdowns';
import { weekHourOfSlice } from './slice-views';

// ── customers ───────────────────────────────────────────────────────────────────────────────

const customerView = (row: FeatureRow) =>
  ({ customer_id: row.entity, ...(row.values as object) }) as CustomerSales;

/**
 * Customers' lifetime profiles (customer × month is not stored). With a range or a branch, their
 * own lines of those days (at that branch) instead, summed as a customer row is computed: the
 * figures of the days asked, as every other list gives them.
 */
export async function listCustomers(
  ctx: ServiceContext,
  query: CustomersQuery,
): Promise<Page<CustomerSales>> {
  if (query.location !== undefined || query.from !== undefined || query.to !== undefined) {
    return listCustomerSlices(ctx, query);
  }
  const sort = parseSort(query.sort, { customer_id: 'entity' });
  const text = ['first_purchase', 'last_purchase'].includes(sort.by);
  const { result, dataThrough } = await read(ctx, (tx) =>
    listEntityFeatureRows(tx, ctx.companyId, {
      level: 'customer',
      sort: { ...sort, text },
      ...toLimitOffset(query),
    }),
  );
  return { items: result.rows.map(customerView), total: result.total, period: null, dataThrough };
}

export async function getCustomer(ctx: ServiceContext, customerId: string) {
  const { result, dataThrough } = await read(ctx, (tx) =>
    getFeatureRow(tx, ctx.companyId, { level: 'customer', entity: customerId }),
  );
  if (result === null) throw notFound('Customer', 'Cliente');
  return { customer: customerView(result), dataThrough };
}

// ── categories and branches ─────────────────────────────────────────────────────────────────

/** `category_month` rows of the months overlapping the range (all months without one), summed. */
export async function listCategories(
  ctx: ServiceContext,
  query: CategoriesQuery,
): Promise<Page<CategorySales>> {
  if (isSliced(query)) return listSlicedCategories(ctx, query);
  checkRange(query);
  const period = snapToMonths(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    aggregateFeatureRows(tx, ctx.companyId, {
      level: 'category_month',
      sums: SUM_FIELDS,
      ...rangeOf(period),
      sort: parseSort(query.sort, { category: 'entity' }),
      ...toLimitOffset(query),
    }),
  );
  const totalCents = centsOf(result.revenueTotal);
  const items = result.rows.map((agg) => {
    const nulls: Nulls = {};
    const sums = sumView(agg, nulls);
    return {
      category: agg.entity === '' ? null : agg.entity,
      ...sums,
      revenue_share_pct: share(centsOf(agg.sums.revenue), totalCents, nulls),
      months: agg.rows,
      nulls,
    };
  });
  return { items, total: result.total, period, dataThrough };
}

const LOCATION_SUMS = [...SUM_FIELDS, 'transactions', 'returns', 'customers'] as const;

/**
 * Branches' sales over a range; a company whose files name no customer has no customer counts
 * (null, `NO_CUSTOMER_DATA`), not zeros.
 */
export async function listLocationSales(
  ctx: ServiceContext,
  query: LocationsSalesQuery,
): Promise<Page<LocationSales>> {
  const page = isSliced(query)
    ? await listLocationsOfSlice(ctx, query)
    : await listLocationMonths(ctx, query);
  if (await companyHasCustomers(ctx)) return page;
  return { ...page, items: page.items.map(withoutCustomerCount) };
}

/** `location_month` rows summed; tickets add up exactly, distinct customers only within a month. */
async function listLocationMonths(
  ctx: ServiceContext,
  query: LocationsSalesQuery,
): Promise<Page<LocationSales>> {
  checkRange(query);
  const period = snapToMonths(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    aggregateFeatureRows(tx, ctx.companyId, {
      level: 'location_month',
      sums: LOCATION_SUMS,
      ...rangeOf(period),
      sort: parseSort(query.sort, { location: 'entity' }),
      ...toLimitOffset(query),
    }),
  );
  const items = result.rows.map((agg) => {
    const nulls: Nulls = {};
    const sums = sumView(agg, nulls);
    const transactions = countOf(agg.sums.transactions);
    const tickets = ticketView(
      centsOf(agg.sums.revenue),
      thousandthsOf(agg.sums.units),
      sums.sale_lines,
      transactions,
      nulls,
    );
    const customers = agg.rows === 1 ? countOf(agg.sums.customers) : null;
    if (customers === null) nulls.customers = NOT_DERIVABLE;
    return {
      location: agg.entity === '' ? null : agg.entity,
      ...sums,
      transactions,
      returns: countOf(agg.sums.returns),
      ...tickets,
      customers,
      months: agg.rows,
      nulls,
    };
  });
  return { items, total: result.total, period, dataThrough };
}

// ── weekday × hour ──────────────────────────────────────────────────────────────────────────

const HOUR_SUMS = ['revenue', 'units', 'transactions', 'returns', 'lines'] as const;

/**
 * The weekday × hour grid of the days in the range (every cell, zeros included), sorted and paged.
 * With a branch, product or category, from that slice's lines (tickets counted per day × hour,
 * as the stored `day_hour` rows count them).
 */
export async function listHours(ctx: ServiceContext, query: HoursQuery): Promise<Page<HourSales>> {
  checkRange(query);
  const { location, product, category } = query;
  const sliced = location !== undefined || product !== undefined || category !== undefined;
  const { result, dataThrough } = await read(ctx, (tx) =>
    sliced
      ? sumLineSlices(tx, ctx.companyId, 'week_hour', {
          location,
          product,
          category,
          from: query.from,
          to: query.to,
        }).then((cells) => cells.map(weekHourOfSlice))
      : sumFeatureRowsByWeekHour(tx, ctx.companyId, { sums: HOUR_SUMS, from: query.from, to: query.to }),
  );
  const cells = new Map(result.map((cell) => [cell.weekday * 24 + cell.hour, cell]));
  const grid: HourSales[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const cell = cells.get(weekday * 24 + hour);
      const sums = cell?.sums ?? {};
      const nulls: Nulls = {};
      const revenue = centsOf(sums.revenue);
      const transactions = countOf(sums.transactions);
      const { avg_ticket } = ticketView(revenue, 0, 0, transactions, nulls);
      delete nulls.units_per_transaction;
      delete nulls.lines_per_transaction;
      grid.push({
        weekday,
        hour,
        day_part: dayPartOf(hour),
        revenue: money(revenue),
        units: quantity(thousandthsOf(sums.units)),
        transactions,
        returns: countOf(sums.returns),
        lines: countOf(sums.lines),
        avg_ticket,
        days: cell?.rows ?? 0,
        nulls,
      });
    }
  }
  const { by, descending } = parseSort(query.sort);
  const key = (cell: HourSales): number | null => cell[by as keyof HourSales] as number | null;
  const position = (cell: HourSales) =>
    by === 'hour' ? cell.hour * 8 + cell.weekday : cell.weekday * 24 + cell.hour;
  grid.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return descending ? kb - ka : ka - kb;
    }
    return position(a) - position(b);
  });
  const { limit, offset } = toLimitOffset(query);
  return {
    items: grid.slice(offset, offset + limit),
    total: grid.length,
    period: asDays(query),
    dataThrough,
  };
}
