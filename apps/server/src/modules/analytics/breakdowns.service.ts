import type {
  AnalyticsPeriod,
  CategoriesQuery,
  CategorySales,
  CustomerSales,
  CustomersQuery,
  HourSales,
  HoursQuery,
  LocationSales,
  LocationsSalesQuery,
  ProductDetail,
  ProductDetailQuery,
  ProductSales,
  ProductsQuery,
} from '@ayni/contracts';
import {
  aggregateFeatureRows,
  type Database,
  type FeatureAggregate,
  type FeatureRow,
  type FeatureSort,
  getFeatureRow,
  getFeatureRowsOf,
  getFeatureState,
  inCompany,
  listEntityFeatureRows,
  listFeatureRows,
  sumFeatureRowsByWeekHour,
} from '@ayni/db';
import { dayPartOf } from '@ayni/engine';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import {
  avgUnitPrice,
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
import { assertRange, periodView } from './metrics.service';

export interface Page<T> {
  items: T[];
  total: number;
  period: AnalyticsPeriod;
  dataThrough: string | null;
}

type RangeQuery = { from?: string; to?: string };
type Nulls = Record<string, string>;

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Real calendar dates, `from` not after `to`. */
function checkRange(query: RangeQuery): void {
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && !isRealDate(value)) {
      throw new AppError('VALIDATION_ERROR', `\`${name}\` is not a real date`, {
        messageEs: 'La fecha no existe en el calendario',
        details: [{ field: `querystring.${name}`, message: 'not a real calendar date' }],
      });
    }
  }
  assertRange(query);
}

const lastDayOfMonth = (date: string) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Monthly levels: `from` back to the 1st of its month, `to` on to the last day of its month. */
export function snapToMonths(query: RangeQuery): AnalyticsPeriod {
  if (!query.from && !query.to) return null;
  return {
    from: query.from ? `${query.from.slice(0, 7)}-01` : null,
    to: query.to ? lastDayOfMonth(query.to) : null,
  };
}

const asDays = (query: RangeQuery): AnalyticsPeriod =>
  query.from || query.to ? { from: query.from ?? null, to: query.to ?? null } : null;

const rangeOf = (period: AnalyticsPeriod) => ({
  from: period?.from ?? undefined,
  to: period?.to ?? undefined,
});

/** `-revenue` → revenue descending; `aliases` turns API names into repository keys. */
function parseSort(sort: string, aliases: Record<string, string> = {}): FeatureSort {
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  return { by: aliases[name] ?? name, descending };
}

/** Reads in the company's scope, with `data_through` in the same snapshot. */
async function read<T>(ctx: ServiceContext, work: (tx: Database) => Promise<T>) {
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const result = await work(tx);
    const state = await getFeatureState(tx, ctx.companyId);
    return { result, dataThrough: state?.dataThrough ?? null };
  });
}

const notFound = (what: string, whatEs: string) =>
  new AppError('NOT_FOUND', `${what} not found`, { messageEs: `${whatEs} no encontrado` });

// ── products ────────────────────────────────────────────────────────────────────────────────

const PRODUCT_SUMS = [...SUM_FIELDS, 'days_sold', 'avg_unit_price'] as const;

function productLifetimeView(row: FeatureRow): ProductSales {
  return { product_id: row.entity, ...(row.values as object) } as ProductSales;
}

function productRangeView(agg: FeatureAggregate, lifetime: FeatureRow | undefined, totalCents: number) {
  const nulls: Nulls = {};
  const values = (lifetime?.values ?? {}) as Record<string, unknown>;
  const sums = sumView(agg, nulls);
  const daysSold = (agg.present.days_sold ?? 0) > 0 ? countOf(agg.sums.days_sold) : null;
  if (daysSold === null) nulls.days_sold = 'NO_SALES';
  return {
    product_id: agg.entity,
    description: (values.description as string | null | undefined) ?? null,
    category: (values.category as string | null | undefined) ?? null,
    unit_type: (values.unit_type as string | null | undefined) ?? null,
    ...sums,
    days_sold: daysSold,
    avg_unit_price: avgUnitPrice(agg, nulls),
    revenue_share_pct: share(centsOf(agg.sums.revenue), totalCents, nulls),
    nulls,
  } as unknown as ProductSales;
}

async function lifetimeRows(tx: Database, companyId: string, level: string, entities: string[]) {
  const rows = await getFeatureRowsOf(tx, companyId, level, entities);
  return new Map(rows.map((r) => [r.entity, r]));
}

/**
 * Products: lifetime rows without a range; with one, the `product_month` rows of the months
 * overlapping it, summed per product (ratios recomputed from the sums).
 */
export async function listProducts(ctx: ServiceContext, query: ProductsQuery): Promise<Page<ProductSales>> {
  checkRange(query);
  const period = snapToMonths(query);
  const sort = parseSort(query.sort, { product_id: 'entity', name: 'label' });
  const page = toLimitOffset(query);
  const { result, dataThrough } = await read(ctx, async (tx) => {
    if (period === null) {
      const { rows, total } = await listEntityFeatureRows(tx, ctx.companyId, {
        level: 'product',
        sort,
        ...page,
      });
      return { items: rows.map(productLifetimeView), total };
    }
    const { rows, total, revenueTotal } = await aggregateFeatureRows(tx, ctx.companyId, {
      level: 'product_month',
      sums: PRODUCT_SUMS,
      ...rangeOf(period),
      // The description is only needed in SQL to sort by it.
      label: sort.by === 'label' ? { level: 'product', field: 'description' } : undefined,
      sort,
      ...page,
    });
    const lifetime = await lifetimeRows(
      tx,
      ctx.companyId,
      'product',
      rows.map((r) => r.entity),
    );
    const totalCents = centsOf(revenueTotal);
    return {
      items: rows.map((agg) => productRangeView(agg, lifetime.get(agg.entity), totalCents)),
      total,
    };
  });
  return { ...result, period, dataThrough };
}

/** One product: its lifetime row, its months (in the range, if any) and the range summed. */
export async function getProduct(
  ctx: ServiceContext,
  productId: string,
  query: ProductDetailQuery,
): Promise<{ detail: ProductDetail; period: AnalyticsPeriod; dataThrough: string | null }> {
  checkRange(query);
  const period = snapToMonths(query);
  const { result, dataThrough } = await read(ctx, async (tx) => {
    const lifetime = await getFeatureRow(tx, ctx.companyId, { level: 'product', entity: productId });
    if (lifetime === null) throw notFound('Product', 'Producto');
    const months = await listFeatureRows(tx, ctx.companyId, {
      level: 'product_month',
      entity: productId,
      ...rangeOf(period),
    });
    let range: ProductSales | null = null;
    if (period !== null) {
      const base = { level: 'product_month', sums: PRODUCT_SUMS, ...rangeOf(period) };
      const sort = { by: 'entity', descending: false };
      const own = await aggregateFeatureRows(tx, ctx.companyId, {
        ...base,
        entity: productId,
        sort,
        limit: 1,
        offset: 0,
      });
      // Only the total over every product, for the share.
      const all = await aggregateFeatureRows(tx, ctx.companyId, { ...base, sort, limit: 0, offset: 0 });
      const agg: FeatureAggregate = own.rows[0] ?? emptyAggregate(productId);
      range = productRangeView(agg, lifetime, centsOf(all.revenueTotal));
    }
    return { product: productLifetimeView(lifetime), range, months: months.map(periodView) };
  });
  return { detail: result as unknown as ProductDetail, period, dataThrough };
}

function emptyAggregate(entity: string): FeatureAggregate {
  return { entity, label: null, rows: 0, sums: {}, present: {} };
}

// ── customers ───────────────────────────────────────────────────────────────────────────────

const customerView = (row: FeatureRow) =>
  ({ customer_id: row.entity, ...(row.values as object) }) as CustomerSales;

/**
 * Customers' lifetime profiles (customer × month is not stored); a range keeps the customers
 * who bought in it: last purchase ≥ from and first purchase ≤ to.
 */
export async function listCustomers(
  ctx: ServiceContext,
  query: CustomersQuery,
): Promise<Page<CustomerSales>> {
  checkRange(query);
  const sort = parseSort(query.sort, { customer_id: 'entity' });
  const text = ['first_purchase', 'last_purchase'].includes(sort.by);
  const { result, dataThrough } = await read(ctx, (tx) =>
    listEntityFeatureRows(tx, ctx.companyId, {
      level: 'customer',
      sort: { ...sort, text },
      activeFrom: query.from,
      activeTo: query.to,
      ...toLimitOffset(query),
    }),
  );
  return { items: result.rows.map(customerView), total: result.total, period: asDays(query), dataThrough };
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

/** `location_month` rows summed; tickets add up exactly, distinct customers only within a month. */
export async function listLocationSales(
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

/** The weekday × hour grid of the days in the range (every cell, zeros included), sorted and paged. */
export async function listHours(ctx: ServiceContext, query: HoursQuery): Promise<Page<HourSales>> {
  checkRange(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    sumFeatureRowsByWeekHour(tx, ctx.companyId, { sums: HOUR_SUMS, from: query.from, to: query.to }),
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
