import type { Interner } from '../accumulate/interner';
import type { CellGroups } from '../accumulate/pair-index';
import { PeriodTotals } from '../accumulate/period-totals';
import type { EntityMonths } from '../accumulate/product-months';
import type { ProductTable } from '../accumulate/product-table';
import { PERIOD_CALENDARS } from '../time/periods';
import type { Nulls } from '../types';
import type { DayCalendar } from './day-calendar';
import { avgUnitPrice, productMonthRow, productPeriodRow } from './entity-period-rows';
import { moneyPer, percent, roundTo } from './numbers';
import { dateText, periodHeadOf } from './period-heads';
import { Rollup } from './rollup';
import { type RowStream, rowStream } from './row-stream';
import { sumMetrics } from './sum-metrics';
import { touchAhead } from './touch-ahead';

export interface ProductRowOptions {
  day: boolean;
  month: boolean;
  profile: boolean;
  /** Product × month rows only of months ending on or after this day (see `datedRowsFrom`). */
  from?: number;
}

export type ProductDayRow = ReturnType<typeof productPeriodRow>;
export type ProductMonthRow = ReturnType<typeof monthRow>;
export type ProductProfileRow = ReturnType<typeof profileRow>;

export interface ProductLevels {
  /** As many rows as product×day cells: built while iterated (each iteration anew), never kept. */
  product_day: RowStream<ProductDayRow>;
  product_month: RowStream<ProductMonthRow>;
  product: ProductProfileRow[];
}

/** What the product rows read from the accumulator. */
export interface ProductSource {
  ids: Interner<string>;
  table: ProductTable;
  calendar: DayCalendar;
}

/**
 * Product rows count lines, not distinct tickets: (product, ticket) pairs grow like lines do,
 * and the engine's memory must not. A product sold twice in one ticket is two sale lines.
 * Rows go by product id, then period. Profiles (one per product) are built at once; the
 * product×day and product×month rows when iterated.
 */
export function productLevels(source: ProductSource, want: ProductRowOptions): ProductLevels {
  const { ids, table, calendar } = source;
  if (table.size === 0) return { product_day: [], product_month: [], product: [] };
  const order = ids.sortedIds();
  const folded = table.folded;
  if (want.day && folded !== null) {
    throw new Error('product × day rows were asked for, but their cells were folded into months');
  }
  const rollup: EntityMonths | null =
    want.month || want.profile
      ? (folded?.rollup(ids.size) ??
        new Rollup(
          { size: table.days.size, entity: table.days.a, dayId: table.days.b, totals: table.totals },
          ids.size,
          calendar,
        ))
      : null;
  return {
    product_day: want.day
      ? rowStream(() => dayRows(source, order, table.days.grouped(ids.size, calendar.rank)))
      : [],
    product_month: want.month
      ? rowStream(() =>
          monthRows(source, order, rollup as EntityMonths, want.from ?? Number.NEGATIVE_INFINITY),
        )
      : [],
    product: want.profile ? profileRows(source, order, rollup as EntityMonths) : [],
  };
}

/** `groups`: the product×day slots of each product, in day order. */
function* dayRows(source: ProductSource, order: number[], groups: CellGroups): Generator<ProductDayRow> {
  const { ids, table, calendar } = source;
  const { start, cells: slots } = groups;
  const dayIds = groups.b;
  const totals = new PeriodTotals();
  let ahead = 0; // products whose cells were fetched (see `touchAhead`)
  for (let n = 0; n < order.length; n++) {
    if (n === ahead) ahead = touchAhead(table.totals, groups, order, n);
    const product = order[n] as number;
    const productId = ids.values[product] as string;
    const from = start[product] as number;
    const to = start[product + 1] as number;
    for (let i = from; i < to; i++) {
      const slot = slots[i] as number;
      yield productPeriodRow(
        productId,
        calendar.dayHead(dayIds[i] as number),
        table.totals.read(slot, totals),
      );
    }
  }
}

/** Product × month rows of the months ending on or after day `from`. */
function* monthRows(
  source: ProductSource,
  order: number[],
  rollup: EntityMonths,
  from: number,
): Generator<ProductMonthRow> {
  const { ids } = source;
  const groups = rollup.months.grouped(ids.size);
  const { start, cells, b: monthIndex } = groups;
  const totals = new PeriodTotals();
  let ahead = 0; // products whose cells were fetched (see `touchAhead`)
  for (let n = 0; n < order.length; n++) {
    if (n === ahead) ahead = touchAhead(rollup.monthTotals, groups, order, n);
    const product = order[n] as number;
    const productId = ids.values[product] as string;
    const to = start[product + 1] as number;
    for (let i = start[product] as number; i < to; i++) {
      const cell = cells[i] as number;
      if (PERIOD_CALENDARS.month.end(monthIndex[i] as number) < from) continue;
      yield monthRow(
        productId,
        monthIndex[i] as number,
        rollup.monthSaleDays[cell] as number,
        rollup.monthTotals.read(cell, totals),
      );
    }
  }
}

function monthRow(productId: string, monthIndex: number, daysSold: number, totals: PeriodTotals) {
  return productMonthRow(productId, periodHeadOf('month', monthIndex), totals, daysSold);
}

interface Sales {
  firstSale: number | null;
  lastSale: number | null;
  daysSold: number;
}

function profileRows(source: ProductSource, order: number[], rollup: EntityMonths): ProductProfileRow[] {
  const { table } = source;
  const prices = table.prices.grouped(source.ids.size);
  const lives = order.map((product) => rollup.life.read(product, new PeriodTotals()));
  let totalRevenue = 0;
  for (const life of lives) totalRevenue += life.revenue;
  const rows = order.map((product, i) => {
    const daysSold = rollup.lifeSaleDays[product] as number;
    const sales: Sales = {
      firstSale: daysSold > 0 ? (rollup.firstSale[product] as number) : null,
      lastSale: daysSold > 0 ? (rollup.lastSale[product] as number) : null,
      daysSold,
    };
    return profileRow(
      source,
      product,
      lives[i] as PeriodTotals,
      sales,
      totalRevenue,
      medianPrice(table, prices, product),
    );
  });
  assignAbcClasses(rows);
  return rows;
}

function profileRow(
  source: ProductSource,
  product: number,
  life: PeriodTotals,
  sales: Sales,
  totalRevenue: number,
  median: number,
) {
  const { table } = source;
  const pricedLines = table.pricedLines[product] as number;
  const nulls: Nulls = {};
  const sold = sales.firstSale !== null && sales.lastSale !== null;
  if (!sold) {
    for (const name of ['first_sale', 'last_sale', 'sales_velocity']) nulls[name] = 'NO_SALES';
  }
  if (pricedLines === 0) {
    nulls.mean_unit_price = 'NO_SALES';
    nulls.median_unit_price = 'NO_SALES';
  }
  if (totalRevenue <= 0) nulls.revenue_share_pct = 'NO_REVENUE';
  const spanDays = sold ? (sales.lastSale as number) - (sales.firstSale as number) + 1 : 0;
  const s = sumMetrics(life, nulls);
  // One object literal, no spreads: V8 builds it with a fixed shape at once.
  return {
    product_id: source.ids.values[product] as string,
    description: table.description[product] as string | null,
    category: table.category[product] as string | null,
    unit_type: table.unitType[product] as string | null,
    first_sale: sold ? dateText(sales.firstSale as number) : null,
    last_sale: sold ? dateText(sales.lastSale as number) : null,
    days_sold: sales.daysSold,
    revenue: s.revenue,
    gross_sales: s.gross_sales,
    returned_amount: s.returned_amount,
    units: s.units,
    lines: s.lines,
    sale_lines: s.sale_lines,
    return_lines: s.return_lines,
    cost: s.cost,
    revenue_with_cost: s.revenue_with_cost,
    gross_margin: s.gross_margin,
    margin_pct: s.margin_pct,
    cost_coverage_pct: s.cost_coverage_pct,
    discount: s.discount,
    commission: s.commission,
    avg_unit_price: avgUnitPrice(life, nulls),
    mean_unit_price: pricedLines === 0 ? null : moneyPer(table.unitPriceSum[product] as number, pricedLines),
    median_unit_price: pricedLines === 0 ? null : median,
    // Units sold per day between the first and last sale (both included).
    sales_velocity: sold ? roundTo(life.saleUnits / 1000 / spanDays, 3) : null,
    revenue_share_pct: totalRevenue <= 0 ? null : percent(life.revenue, totalRevenue),
    abc_class: 'C' as 'A' | 'B' | 'C',
    nulls,
  };
}

/** Median unit price (pesos) of a product from its (price, lines) cells, in ascending price. */
function medianPrice(table: ProductTable, prices: CellGroups, product: number): number {
  const from = prices.start[product] as number;
  const to = prices.start[product + 1] as number;
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = from; i < to; i++) {
    const cell = prices.cells[i] as number;
    values.push(prices.b[i] as number);
    counts.push(table.priceLines[cell] as number);
  }
  return medianOfSorted(values, counts);
}

/** Median of a histogram value → count (mean of the two middle values when the count is even). */
export function medianOfCounts(counts: Map<number, number>): number {
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  return medianOfSorted(
    sorted.map(([value]) => value),
    sorted.map(([, count]) => count),
  );
}

/** The same over values in ascending order and their counts. */
function medianOfSorted(values: readonly number[], counts: readonly number[]): number {
  let total = 0;
  for (const count of counts) total += count;
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const count = counts[i] as number;
    if (low === null && seen + count > lowRank) low = value;
    if (seen + count > highRank) return ((low as number) + value) / 2;
    seen += count;
  }
  return 0;
}

/**
 * ABC by revenue: products in descending revenue order are A while the revenue share before
 * them is under 80%, B under 95%, C after that (and any product with revenue ≤ 0).
 */
function assignAbcClasses(profiles: { product_id: string; revenue: number; abc_class: 'A' | 'B' | 'C' }[]) {
  const positive = profiles.filter((p) => p.revenue > 0);
  const total = positive.reduce((sum, p) => sum + Math.round(p.revenue * 100), 0);
  positive.sort((a, b) => b.revenue - a.revenue || (a.product_id < b.product_id ? -1 : 1));
  let before = 0;
  for (const profile of positive) {
    const share = before / total;
    profile.abc_class = share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C';
    before += Math.round(profile.revenue * 100);
  }
}
