import type { AskMetric, AskPeriod, AskQuery, MetricGrain } from '@ayni/contracts';
import type { ServiceContext } from '../../lib/context';
import { AskRefusal } from './ask-refusal';
import { CLOCK_METRICS, ENTITY_SALES_METRICS, SLICE_CLOCK_METRICS } from './execute-value';
import { changePct, isDailyAverage, type Row, sumMetric } from './metric-sums';
import { branchPeriodAverages, isPeriodAverage } from './period-averages';
import {
  customersAtLocation,
  customersOverDays,
  slicedCategories,
  slicedLocations,
  slicedProducts,
  slicePeriodRows,
  wholeMonths,
} from './read-slices';
import {
  allCategories,
  allCustomers,
  allLocations,
  allProducts,
  clockCells,
  periodRows,
} from './read-sources';
import { keyedBySellerOrPayment } from './seller-payment-ranking';
import { keyedByUnit } from './unit-groups';
import type { UnitsOfType } from './units-by-type';

/** One ranked (or listed) item: a product, branch, weekday, month... */
export interface Item {
  key: string;
  label: string;
  value: number | null;
  previous?: number | null;
  change?: number | null;
  changePct?: number | null;
  /** Margins: the share of sales whose lines have a cost (`Figure.coverage`). */
  coverage?: number | null;
  /** A margin answer's margin % (over the sales whose lines have a cost). */
  marginPct?: number | null;
  /** A product's unit (`kg`), said after its quantity. */
  unit?: string | null;
  /** Units of products sold by the piece and by the kilo (or litre): each unit's quantity. */
  byUnit?: UnitsOfType[] | null;
  /** A daily average: the days with sales it divides by. */
  days?: number;
  /** Products bought together: how many times more often than by chance. */
  lift?: number;
  /** A ticket: its local day and time, branch and lines. */
  ticket?: { day: string; time: string; location: string | null; lines: number };
  /** An average per month or week: the whole ones averaged, and those held only in part. */
  periods?: { whole: number; partial: [string, string][] };
  /** A calendar period's first and last day (the answer names it in words). */
  start?: string;
  end?: string;
}

export interface Keyed {
  items: Item[];
  months: { from: string | null; to: string | null } | null;
}

const LOCATION_METRICS: readonly AskMetric[] = [
  ...ENTITY_SALES_METRICS,
  'transactions',
  'returns',
  'avg_ticket',
  'units_per_transaction',
];
const CUSTOMER_METRICS: readonly AskMetric[] = [
  'revenue',
  'units',
  'transactions',
  'avg_ticket',
  'gross_margin',
];
const CALENDAR: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'];

const metricOf = (row: Row, metric: AskMetric) => sumMetric([row], metric).value;
/** ISO weekday (1 Monday … 7 Sunday) of a YYYY-MM-DD date. */
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const refuseUnless = (condition: boolean, refusal: 'metric_not_at_level' | 'combination') => {
  if (!condition) throw new AskRefusal(refusal);
};

/** Every item of the query's dimension in `period`, with its value of the metric (unsorted). */
export async function keyedValues(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
  /** The company's first and last day with lines: averages per month or week take whole ones. */
  data: { from: string | null; through: string } | null = null,
): Promise<Keyed> {
  const { by, metric, filters } = query;
  const clock = filters.weekdays !== null || filters.hours !== null;
  // A product or a category narrows the lines: per-ticket figures would be of other tickets' sales.
  const sliceMetrics = filters.product || filters.category ? ENTITY_SALES_METRICS : null;
  const noPerson = !filters.customer;
  // Distinct products, and sales per customer, are of one slice: not listed per branch or period.
  refuseUnless(metric !== 'products_sold' && metric !== 'revenue_per_customer', 'metric_not_at_level');
  // Products and categories carry their share of the sales listed with them.
  refuseUnless(
    metric !== 'revenue_share_pct' || by === 'product' || by === 'category',
    'metric_not_at_level',
  );
  if (isDailyAverage(metric)) {
    // Each branch's own day rows hold its days; rows of products or months hold none.
    refuseUnless(
      by === 'location' && noPerson && !filters.product && !filters.category,
      'metric_not_at_level',
    );
    refuseUnless(!filters.unit && !clock, 'metric_not_at_level');
    const { items } = await allLocations(ctx, period);
    const named = items.filter((l): l is typeof l & { location: string } => l.location !== null);
    const list = await Promise.all(
      named.map(async (l) => ({
        key: l.location,
        label: l.location,
        value: sumMetric(await periodRows(ctx, period, l.location, 'day'), metric).value,
      })),
    );
    return { items: list, months: null };
  }
  if (isPeriodAverage(metric)) {
    // Each branch's months (or weeks) are the company's whole ones: rows of products hold none.
    refuseUnless(
      by === 'location' && noPerson && !filters.product && !filters.category && !filters.unit && !clock,
      'metric_not_at_level',
    );
    return { items: await branchPeriodAverages(ctx, query, period, data), months: null };
  }
  // Kilos by category or branch: the products of that unit, grouped.
  if (filters.unit && (by === 'category' || by === 'location')) return keyedByUnit(ctx, query, period);
  switch (by) {
    case 'product': {
      refuseUnless(noPerson && !filters.product, 'combination');
      const price = metric === 'avg_unit_price';
      refuseUnless(price || ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
      // A category's products are its lines' (as `/products?category=` gives them), over the exact
      // days; prices always are (rows of net units do not keep the sale units of several months).
      const sliced =
        price || filters.location !== null || filters.category !== null || clock || !wholeMonths(period);
      const { items, page } = sliced
        ? await slicedProducts(ctx, period, filters)
        : await allProducts(ctx, period);
      const list = items.map((p) => ({
        key: p.product_id,
        label: p.description ?? p.product_id,
        value: metricOf(p as Row, metric),
        unit: p.unit_type,
      }));
      // "en kilos": the weighed products alone (their quantities are the only ones that add up).
      const kept = filters.unit ? list.filter((p) => p.unit === filters.unit) : list;
      return { items: kept, months: sliced ? null : page.period };
    }
    case 'category': {
      refuseUnless(noPerson && !filters.product && !filters.category, 'combination');
      refuseUnless(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
      const sliced = filters.location !== null || clock || !wholeMonths(period);
      const { items, page } = sliced
        ? await slicedCategories(ctx, period, filters)
        : await allCategories(ctx, period);
      const list = items.map((c) => ({
        key: c.category ?? '',
        label: c.category ?? '—',
        value: metricOf(c as Row, metric),
      }));
      return { items: list, months: sliced ? null : page.period };
    }
    case 'location': {
      refuseUnless(noPerson, 'combination');
      // Tickets of a slice's lines would count other sales' tickets, or a ticket in two hours twice.
      const sliced = filters.product !== null || filters.category !== null || clock;
      refuseUnless(
        (sliced ? ENTITY_SALES_METRICS : LOCATION_METRICS).includes(metric),
        'metric_not_at_level',
      );
      // Days that are not whole months ("ayer", "la semana pasada"): each branch's lines of them,
      // all its tickets included.
      const exactDays = sliced || !wholeMonths(period);
      const { items, page } = exactDays
        ? await slicedLocations(ctx, period, filters)
        : await allLocations(ctx, period);
      const list = items.map((l) => ({
        key: l.location ?? '',
        label: l.location ?? '—',
        value: metricOf(l as Row, metric),
      }));
      return { items: list, months: exactDays ? null : page.period };
    }
    case 'seller':
    case 'payment_method':
      return keyedBySellerOrPayment(ctx, query, period);
    case 'customer': {
      const entityOnly = !filters.customer && !filters.product && !clock;
      refuseUnless(entityOnly && !filters.category, 'combination');
      refuseUnless(CUSTOMER_METRICS.includes(metric), 'metric_not_at_level');
      // At a branch, or over a period: their own lines of the exact days; else lifetime profiles.
      const atLocation = filters.location !== null;
      const items = atLocation
        ? (await customersAtLocation(ctx, period, filters)).items
        : period
          ? await customersOverDays(ctx, period)
          : (await allCustomers(ctx)).items;
      const list = items.map((c) => ({
        key: c.customer_id,
        label: c.customer_id,
        value: metricOf(c as Row, metric),
      }));
      return { items: list, months: null };
    }
    case 'weekday':
    case 'hour': {
      refuseUnless(noPerson, 'combination');
      refuseUnless(
        (sliceMetrics ? SLICE_CLOCK_METRICS : CLOCK_METRICS).includes(metric),
        'metric_not_at_level',
      );
      const cells = await clockCells(ctx, period, filters);
      const groups = new Map<number, Row[]>();
      for (const cell of cells) {
        const key = cell[by] as number;
        groups.set(key, [...(groups.get(key) ?? []), cell]);
      }
      // Hours or days the shop sold nothing in (closed) are no answer to "when do I sell most".
      const list = [...groups]
        .filter(([, rows]) =>
          rows.some((cell) => (cell.lines as number) > 0 || (cell.transactions as number) > 0),
        )
        .map(([key, rows]) => ({
          key: String(key),
          label: String(key),
          value: sumMetric(rows, metric).value,
        }));
      return { items: list, months: null };
    }
    default: {
      // Days can be kept by their weekday; weeks or months of some weekdays are no stored rows.
      const weekdaysOfDays = by === 'day' && filters.hours === null;
      refuseUnless(CALENDAR.includes(by) && noPerson && (!clock || weekdaysOfDays), 'combination');
      refuseUnless(sliceMetrics === null || sliceMetrics.includes(metric), 'metric_not_at_level');
      const rows = sliceMetrics
        ? await slicePeriodRows(ctx, period, by as MetricGrain, filters)
        : await periodRows(ctx, period, filters.location, by as MetricGrain);
      const kept = rows.filter(
        (row) =>
          filters.weekdays === null || filters.weekdays.includes(isoWeekday(row.period_start as string)),
      );
      const list = kept.map((row) => ({
        key: row.period as string,
        label: row.period as string,
        value: metricOf(row, metric),
        start: row.period_start as string,
        end: row.period_end as string,
      }));
      return { items: list, months: null };
    }
  }
}

const byValue = (order: 'asc' | 'desc') => (a: Item, b: Item) => {
  if (a.value === b.value) return a.label.localeCompare(b.label);
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return order === 'desc' ? b.value - a.value : a.value - b.value;
};

/** The top `limit` items, by value or by change against the compared period's items. */
export function rank(
  current: Item[],
  previous: Item[] | null,
  ranking: NonNullable<AskQuery['ranking']>,
): Item[] {
  if (ranking.by === 'value' || previous === null) {
    const withPrevious = previous ? joinPrevious(current, previous) : current;
    return [...withPrevious].sort(byValue(ranking.order)).slice(0, ranking.limit);
  }
  const joined = joinPrevious(current, previous, true);
  // "los que más cayeron" are those that fell: one that grew is no answer to it (nor the reverse).
  const moved = (change: number) => (ranking.order === 'desc' ? change > 0 : change < 0);
  return joined
    .filter((item) => item.change !== null && item.change !== undefined && moved(item.change))
    .sort((a, b) => {
      const diff =
        ranking.order === 'desc'
          ? (b.change as number) - (a.change as number)
          : (a.change as number) - (b.change as number);
      return diff !== 0 ? diff : a.label.localeCompare(b.label);
    })
    .slice(0, ranking.limit);
}

/** Items of both periods; with `missingIsZero`, an item sold in only one of them counts 0 in the other. */
function joinPrevious(current: Item[], previous: Item[], missingIsZero = false): Item[] {
  const before = new Map(previous.map((item) => [item.key, item]));
  const now = new Map(current.map((item) => [item.key, item]));
  const keys = missingIsZero ? new Set([...now.keys(), ...before.keys()]) : new Set(now.keys());
  return [...keys].map((key) => {
    const item = now.get(key) ?? { ...(before.get(key) as Item), value: 0 };
    const old = before.get(key)?.value ?? (missingIsZero ? 0 : null);
    const change =
      item.value !== null && old !== null ? Math.round((item.value - old) * 100) / 100 + 0 : null;
    return { ...item, previous: old, change, changePct: changePct(item.value, old) };
  });
}
