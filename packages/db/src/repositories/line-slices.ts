import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';

/*
 * Sums of sale lines for the slices no stored feature level holds (a product or a category at one
 * branch, per hour of the week, per ISO week...). The lines are read as the feature engine reads
 * them: local days and hours on the America/Santiago calendar the engine uses, a line with a
 * positive total is a sale, a negative one a return. Every grouping and filter is fixed here;
 * the values are bound parameters.
 */

const ZONE = 'America/Santiago';

export interface LineSliceFilters {
  location?: string;
  /** Product code (sku). */
  product?: string;
  category?: string;
  /** Customer id (RUT or code). */
  customer?: string;
  /** Seller as the files name them (`in_seller`). */
  seller?: string;
  /** Payment method as the files write it (`in_payment_method`). */
  paymentMethod?: string;
  /** Local dates, inclusive. */
  from?: string;
  to?: string;
  /** ISO weekdays of the local date. */
  weekdays?: readonly number[];
  /** Local hours [hourFrom, hourTo); 22 and 6 run past midnight. */
  hourFrom?: number;
  hourTo?: number;
}

/**
 * What a slice is grouped by: an entity, a cell of the week (day × hour rows rolled up), a
 * calendar grain, or nothing (`all`: the slice's lines as one group, its distinct customers too).
 */
export type LineSliceGroup =
  | 'product'
  | 'category'
  | 'location'
  | 'customer'
  | 'seller'
  | 'payment_method'
  | 'week_hour'
  | 'all'
  | LineSliceGrain;
export type LineSliceGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One group's sums as numeric text (exact), with its counts. */
export interface LineSliceSums {
  /**
   * Product code, category, branch, seller, payment method (null: lines without one), customer
   * id (only lines with one),
   * period key, `weekday:hour`, or null for `all`.
   */
  key: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  weekday: number | null;
  hour: number | null;
  /** week_hour: days with lines in that hour. */
  days: number;
  lines: number;
  saleLines: number;
  returnLines: number;
  costLines: number;
  discountLines: number;
  commissionLines: number;
  revenue: string;
  grossSales: string;
  returned: string;
  units: string;
  saleUnits: string;
  /** Null when no line had a cost / a discount / a commission. */
  cost: string | null;
  revenueWithCost: string;
  turnoverWithCost: string;
  discount: string | null;
  commission: string | null;
  /** Distinct tickets with a sale line (per day × hour for week_hour, summed). */
  transactions: number;
  returns: number;
  /** Distinct customers with a sale line (not for week_hour). */
  customers: number;
  /** Local days with a sale line. */
  daysSold: number;
  /** Months with lines (not for week_hour). */
  months: number;
  /** First and last local day with a sale line (null: none; not for week_hour). */
  firstSale: string | null;
  lastSale: string | null;
}

const PERIOD_KEY: Record<LineSliceGrain, string> = {
  day: `to_char(local, 'YYYY-MM-DD')`,
  week: `to_char(local, 'IYYY-"W"IW')`,
  month: `to_char(local, 'YYYY-MM')`,
  quarter: `to_char(local, 'YYYY-"Q"Q')`,
  year: `to_char(local, 'YYYY')`,
};

const PERIOD_LENGTH: Record<LineSliceGrain, string> = {
  day: '1 day',
  week: '7 days',
  month: '1 month',
  quarter: '3 months',
  year: '1 year',
};

const SUMS = sql.raw(`count(*)::int as lines,
  count(*) filter (where total > 0)::int as sale_lines,
  count(*) filter (where total < 0)::int as return_lines,
  count(cost_total)::int as cost_lines,
  count(discount_total)::int as discount_lines,
  count(commission)::int as commission_lines,
  coalesce(sum(total), 0)::text as revenue,
  coalesce(sum(total) filter (where total > 0), 0)::text as gross_sales,
  coalesce(-sum(total) filter (where total < 0), 0)::text as returned,
  coalesce(sum(quantity), 0)::text as units,
  coalesce(sum(quantity) filter (where total > 0), 0)::text as sale_units,
  sum(cost_total)::text as cost,
  coalesce(sum(total) filter (where cost_total is not null), 0)::text as revenue_with_cost,
  coalesce(sum(abs(total)) filter (where cost_total is not null), 0)::text as turnover_with_cost,
  sum(discount_total)::text as discount,
  sum(commission)::text as commission`);

const TICKETS = sql.raw(`count(distinct document_id) filter (where total > 0)::int as transactions,
  count(distinct document_id) filter (where total < 0)::int as returns`);

/** The company's lines of the slice, with their local timestamp (`local`). */
export function slicedLines(companyId: string, filters: LineSliceFilters): SQL {
  const zone = sql.raw(`'${ZONE}'`);
  return sql`select s.*, s.sold_at at time zone ${zone} as local from sale_lines s
    where s.company_id = ${companyId}::uuid
      ${filters.from ? sql`and s.sold_at >= (${filters.from}::date)::timestamp at time zone ${zone}` : sql``}
      ${filters.to ? sql`and s.sold_at < (${filters.to}::date + 1)::timestamp at time zone ${zone}` : sql``}
      ${filters.location !== undefined ? sql`and s.location_name = ${filters.location}` : sql``}
      ${filters.product !== undefined ? sql`and s.sku = ${filters.product}` : sql``}
      ${filters.category !== undefined ? sql`and s.category = ${filters.category}` : sql``}
      ${filters.customer !== undefined ? sql`and s.customer_id = ${filters.customer}` : sql``}
      ${filters.seller !== undefined ? sql`and s.seller = ${filters.seller}` : sql``}
      ${filters.paymentMethod !== undefined ? sql`and s.payment_method = ${filters.paymentMethod}` : sql``}
      ${filters.weekdays !== undefined ? sql`and extract(isodow from s.sold_at at time zone ${zone})::int = any(${`{${filters.weekdays.map(Number).join(',')}}`}::int[])` : sql``}
      ${hourClause(filters)}`;
}

/** Local hours [hourFrom, hourTo); a span that ends before it begins runs past midnight (22 to 6). */
function hourClause({ hourFrom, hourTo }: LineSliceFilters): SQL {
  const hour = sql.raw(`extract(hour from s.sold_at at time zone '${ZONE}')::int`);
  if (hourFrom !== undefined && hourTo !== undefined && hourFrom > hourTo)
    return sql`and (${hour} >= ${hourFrom} or ${hour} < ${hourTo})`;
  return sql`${hourFrom !== undefined ? sql`and ${hour} >= ${hourFrom}` : sql``}
      ${hourTo !== undefined ? sql`and ${hour} < ${hourTo}` : sql``}`;
}

/** The column of each entity group. */
const ENTITY_COLUMNS = {
  product: 'sku',
  category: 'category',
  location: 'location_name',
  customer: 'customer_id',
  seller: 'seller',
  payment_method: 'payment_method',
} as const;

const isEntityGroup = (group: LineSliceGroup): group is keyof typeof ENTITY_COLUMNS =>
  Object.hasOwn(ENTITY_COLUMNS, group);

function groupedSql(companyId: string, group: LineSliceGroup, filters: LineSliceFilters): SQL {
  const lines = slicedLines(companyId, filters);
  if (group === 'week_hour') {
    // Tickets per local day × hour, as the engine's day_hour rows count them, then summed per cell.
    const cellSums = sql.raw(`sum(lines)::int as lines, sum(sale_lines)::int as sale_lines,
      sum(return_lines)::int as return_lines, sum(cost_lines)::int as cost_lines,
      sum(discount_lines)::int as discount_lines, sum(commission_lines)::int as commission_lines,
      sum(revenue::numeric)::text as revenue,
      sum(gross_sales::numeric)::text as gross_sales, sum(returned::numeric)::text as returned,
      sum(units::numeric)::text as units, sum(sale_units::numeric)::text as sale_units,
      sum(cost::numeric)::text as cost, sum(revenue_with_cost::numeric)::text as revenue_with_cost,
      sum(turnover_with_cost::numeric)::text as turnover_with_cost,
      sum(discount::numeric)::text as discount, sum(commission::numeric)::text as commission,
      sum(transactions)::int as transactions,
      sum(returns)::int as returns, sum(days_sold)::int as days_sold`);
    return sql`with l as (${lines}), cells as (
        select local::date as day, extract(hour from local)::int as hour, ${SUMS}, ${TICKETS},
          (count(*) filter (where total > 0) > 0)::int as days_sold
        from l group by 1, 2)
      select extract(isodow from day)::int as weekday, hour, count(*)::int as days, ${cellSums}
      from cells group by 1, 2 order by 1, 2`;
  }
  const customers = sql.raw(
    `count(distinct customer_id) filter (where total > 0 and customer_id <> '')::int as customers,
    count(distinct local::date) filter (where total > 0)::int as days_sold,
    count(distinct to_char(local, 'YYYY-MM'))::int as months,
    (min(local) filter (where total > 0))::date::text as first_sale,
    (max(local) filter (where total > 0))::date::text as last_sale`,
  );
  if (isEntityGroup(group)) {
    const column = sql.raw(ENTITY_COLUMNS[group]);
    // The engine keeps no customer row for lines without one.
    const identified = group === 'customer' ? sql`where customer_id <> ''` : sql``;
    return sql`with l as (${lines})
      select ${column} as key, ${SUMS}, ${TICKETS}, ${customers} from l ${identified} group by 1 order by 1`;
  }
  if (group === 'all')
    return sql`with l as (${lines}) select null as key, ${SUMS}, ${TICKETS}, ${customers} from l`;
  const key = PERIOD_KEY[group];
  if (key === undefined) throw new Error(`not a slice grain: ${group}`);
  const start = sql.raw(`date_trunc('${group}', local)`);
  return sql`with l as (${lines})
    select ${sql.raw(key)} as key, ${start}::date::text as period_start,
      (${start} + ${sql.raw(`interval '${PERIOD_LENGTH[group]}'`)} - interval '1 day')::date::text as period_end,
      ${SUMS}, ${TICKETS}, ${customers}
    from l group by 1, 2, 3 order by 2`;
}

/** Whether any line of the company names a seller (or a payment method): else the files have none. */
export async function companyLinesHave(
  db: Database,
  companyId: string,
  column: 'seller' | 'payment_method',
): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(
    sql`select exists (select 1 from sale_lines where company_id = ${companyId}::uuid
      and ${sql.raw(column)} is not null) as found`,
  );
  return result.rows[0]?.found === true;
}

/** The slice's lines summed per group (every group with at least one line; `all`: one row, `lines` 0 when none), in the company's scope. */
export async function sumLineSlices(
  db: Database,
  companyId: string,
  group: LineSliceGroup,
  filters: LineSliceFilters,
): Promise<LineSliceSums[]> {
  const result = await db.execute<Record<string, unknown>>(groupedSql(companyId, group, filters));
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const int = (value: unknown) => Number(value ?? 0);
  return result.rows.map((r) => ({
    key: group === 'week_hour' ? `${r.weekday}:${r.hour}` : text(r.key),
    periodStart: text(r.period_start),
    periodEnd: text(r.period_end),
    weekday: r.weekday === undefined ? null : int(r.weekday),
    hour: r.hour === undefined ? null : int(r.hour),
    days: int(r.days),
    lines: int(r.lines),
    saleLines: int(r.sale_lines),
    returnLines: int(r.return_lines),
    costLines: int(r.cost_lines),
    discountLines: int(r.discount_lines),
    commissionLines: int(r.commission_lines),
    revenue: text(r.revenue) ?? '0',
    grossSales: text(r.gross_sales) ?? '0',
    returned: text(r.returned) ?? '0',
    units: text(r.units) ?? '0',
    saleUnits: text(r.sale_units) ?? '0',
    cost: text(r.cost),
    revenueWithCost: text(r.revenue_with_cost) ?? '0',
    turnoverWithCost: text(r.turnover_with_cost) ?? '0',
    discount: text(r.discount),
    commission: text(r.commission),
    transactions: int(r.transactions),
    returns: int(r.returns),
    customers: int(r.customers),
    daysSold: int(r.days_sold),
    months: int(r.months),
    firstSale: text(r.first_sale),
    lastSale: text(r.last_sale),
  }));
}
