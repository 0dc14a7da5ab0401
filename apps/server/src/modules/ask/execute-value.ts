import { type AskMetric, type AskPeriod, type AskQuery, keepWeekdayRows } from '@ayni/contracts';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { percent } from '../analytics/breakdown-math';
import { customerSliceRows } from '../analytics/customer-slices';
import { getProduct } from '../analytics/product-breakdowns';
import { AskRefusal, type Refusal } from './ask-refusal';
import { customerCount } from './customer-counts';
import { customerByRut } from './customer-lookup';
import { type Figure, isDailyAverage, type Row, sumMetric } from './metric-sums';
import { isPeriodAverage, periodAverage } from './period-averages';
import { slicedCategories, slicedLocations, slicedProducts, wholeMonths } from './read-slices';
import { allCategories, clockCells, periodRows } from './read-sources';
import { shareWholeBranch } from './share-whole';

/** Metrics the product and category breakdowns carry. */
export const ENTITY_SALES_METRICS: readonly AskMetric[] = [
  'revenue',
  'units',
  'gross_margin',
  'cost',
  'margin_pct',
  'discount',
  'commission',
  'returned_amount',
  'return_lines',
  // Listed with their share of the sales; one slice's share is `executeValue`'s own branch.
  'revenue_share_pct',
];
/** Metrics of the weekday × hour grid of a product or a category (tickets would be other sales'). */
export const SLICE_CLOCK_METRICS: readonly AskMetric[] = ['revenue', 'units'];
/** Metrics of the weekday × hour grid. */
export const CLOCK_METRICS: readonly AskMetric[] = [
  'revenue',
  'units',
  'transactions',
  'returns',
  'avg_ticket',
  'units_per_transaction',
];

export interface ValueResult {
  figure: Figure;
  /** The range really summed when the source is monthly (a day or a week becomes its months). */
  months: { from: string | null; to: string | null } | null;
  /** The unit of a quantity of one product, or of the products of one unit (`kg`). */
  unit?: string | null;
}

const need = (condition: boolean, refusal: Refusal) => {
  if (!condition) throw new AskRefusal(refusal);
};
const isNotFound = (error: unknown) => error instanceof AppError && error.code === 'NOT_FOUND';
const NO_DATA: Figure = { value: null, missing: 'no_data' };
/** A customer who bought nothing over the days asked bought 0 of these (the rest has no value). */
const COUNTED: readonly AskMetric[] = ['revenue', 'units', 'transactions'];

/** The cells with sales summed (one cell alone is read as stored by sumMetric, also right). */
function clockFigure(cells: Row[], metric: AskMetric): Figure {
  const withSales = cells.filter((cell) => (cell.lines as number) > 0 || (cell.transactions as number) > 0);
  return withSales.length === 0 ? NO_DATA : sumMetric(withSales, metric);
}

/** A product's or a category's figure summed from its lines of the exact days of `period`. */
async function sliceFigure(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
): Promise<{ figure: Figure; unit?: string | null }> {
  const { product, category } = query.filters;
  const figure = (row: object | undefined) => (row ? sumMetric([row as Row], query.metric) : NO_DATA);
  if (product) {
    const { items } = await slicedProducts(ctx, period, query.filters);
    const row = items.find((item) => item.product_id === product);
    return { figure: figure(row), unit: row?.unit_type ?? null };
  }
  const { items } = await slicedCategories(ctx, period, query.filters);
  return { figure: figure(items.find((item) => item.category === category)) };
}

/** One figure of `query.metric` in `period`, under the query's filters. */
export async function executeValue(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
  /** The company's first and last day with lines: averages per month or week take whole ones. */
  data: { from: string | null; through: string } | null = null,
): Promise<ValueResult> {
  const { filters, metric } = query;
  const clock = filters.weekdays !== null || filters.hours !== null;
  const plain = { months: null };

  if (isPeriodAverage(metric)) {
    need(
      !filters.customer && !filters.product && !filters.category && !filters.unit && !clock,
      'metric_not_at_level',
    );
    return { figure: await periodAverage(ctx, query, period, data), ...plain };
  }
  // A slice's part of the company's sales over the same days (and the same weekdays and hours).
  if (metric === 'revenue_share_pct') {
    const part = await executeValue(ctx, { ...query, metric: 'revenue' }, period);
    if (part.figure.value === null) return part;
    // A monthly source summed whole months: the total is of the same months.
    const months = part.months?.from && part.months.to ? part.months : null;
    const span: AskPeriod | null = months
      ? { grain: 'range', from: months.from as string, to: months.to as string }
      : period;
    // "las ventas de Providencia" are the whole when a product or category is the part.
    const company = {
      ...filters,
      product: null,
      category: null,
      customer: null,
      unit: null,
      location: shareWholeBranch(filters),
    };
    const whole = await executeValue(ctx, { ...query, metric: 'revenue', filters: company }, span);
    const total = whole.figure.value;
    const value =
      total === null || total <= 0
        ? null
        : percent(Math.round(part.figure.value * 100), Math.round(total * 100));
    return { figure: value === null ? NO_DATA : { value }, months: part.months };
  }
  // A daily average needs the days: the company's or a branch's day rows hold them, each of its
  // weekday ("en promedio los lunes": per Monday with sales).
  if (isDailyAverage(metric)) {
    need(
      !filters.customer && !filters.product && !filters.category && !filters.unit && filters.hours === null,
      'metric_not_at_level',
    );
    const days = keepWeekdayRows(await periodRows(ctx, period, filters.location, 'day'), filters.weekdays);
    return { figure: sumMetric(days, metric), ...plain };
  }
  // A product's price: its sale lines of the exact days (and branch, weekdays, hours) summed.
  if (metric === 'avg_unit_price') {
    need(filters.product !== null && !filters.customer, 'metric_not_at_level');
    const { items } = await slicedProducts(ctx, period, filters);
    const row = items.find((item) => item.product_id === filters.product);
    const value = row?.avg_unit_price ?? null;
    return { figure: value === null ? NO_DATA : { value }, unit: row?.unit_type ?? null, ...plain };
  }
  // Distinct products sold: those with a sale line on the days (branch, category, unit, weekdays
  // and hours) asked, from their lines.
  if (metric === 'products_sold') {
    need(!filters.customer && !filters.product, 'metric_not_at_level');
    const { items } = await slicedProducts(ctx, period, filters);
    const sold = items.filter((p) => p.sale_lines > 0 && (!filters.unit || p.unit_type === filters.unit));
    return { figure: items.length === 0 ? NO_DATA : { value: sold.length }, ...plain };
  }
  if (filters.customer) {
    need(!filters.product && !filters.category && !filters.location && !clock, 'combination');
    const customer = await customerByRut(ctx, filters.customer);
    if (period === null) {
      return { figure: sumMetric([customer.customer as Row], metric), months: null };
    }
    // Over the days asked: their own lines of those days (as `/customers?from=&to=` sums them).
    const { items } = await customerSliceRows(ctx, {
      customer: filters.customer,
      from: period.from,
      to: period.to,
    });
    const row = items[0] as Row | undefined;
    const none: Figure = COUNTED.includes(metric) ? { value: 0 } : NO_DATA;
    return { figure: row ? sumMetric([row], metric) : none, ...plain };
  }
  if (
    metric === 'customers' ||
    metric === 'returning_customers' ||
    metric === 'repeat_customers' ||
    metric === 'revenue_per_customer'
  )
    return { figure: await customerCount(ctx, query, period), ...plain };
  if (filters.unit && !filters.product) {
    // Only the products sold in that unit: kilos and units never add up.
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const { items } = await slicedProducts(ctx, period, filters);
    const rows = items.filter((p) => p.unit_type === filters.unit) as unknown as Row[];
    return { figure: rows.length > 0 ? sumMetric(rows, metric) : NO_DATA, unit: filters.unit, ...plain };
  }
  if ((filters.product || filters.category) && clock) {
    need(SLICE_CLOCK_METRICS.includes(metric), 'metric_not_at_level');
    return { figure: clockFigure(await clockCells(ctx, period, filters), metric), ...plain };
  }
  if ((filters.product || filters.category) && filters.location) {
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const { items } = await slicedLocations(ctx, period, filters);
    const row = items.find((item) => item.location === filters.location);
    return { figure: row ? sumMetric([row as unknown as Row], metric) : NO_DATA, ...plain };
  }
  if ((filters.product || filters.category) && !wholeMonths(period)) {
    // Days that are not whole months (a week, the same days of last month): the product's or
    // the category's own lines of those days, never the months around them.
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    return { ...(await sliceFigure(ctx, query, period)), ...plain };
  }
  if (filters.product) {
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const range = period ? { from: period.from, to: period.to } : {};
    const found = await getProduct(ctx, filters.product, range).catch((error) => {
      if (isNotFound(error)) throw new AskRefusal('unknown_entity');
      throw error;
    });
    const row = (found.detail.range ?? found.detail.product) as unknown as Row;
    return { figure: sumMetric([row], metric), months: found.period, unit: found.detail.product.unit_type };
  }
  if (filters.category) {
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const { items, page } = await allCategories(ctx, period);
    const row = items.find((item) => item.category === filters.category);
    return {
      figure: row ? sumMetric([row as unknown as Row], metric) : NO_DATA,
      months: page.period,
    };
  }
  if (clock) {
    need(CLOCK_METRICS.includes(metric), 'metric_not_at_level');
    return { figure: clockFigure(await clockCells(ctx, period, filters), metric), ...plain };
  }
  const rows = await periodRows(ctx, period, filters.location);
  return { figure: sumMetric(rows, metric), ...plain };
}
