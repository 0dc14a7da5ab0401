import type { AskMetric, AskPeriod, AskQuery } from '@ayni/contracts';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { getCustomer } from '../analytics/breakdowns.service';
import { getProduct } from '../analytics/product-breakdowns';
import { type Figure, type Row, sumMetric } from './metric-sums';
import { allCategories, clockCells, periodRows } from './read-sources';

/** Why the stored data cannot answer a structured query (said to the user, never guessed around). */
export type Refusal = 'metric_not_at_level' | 'combination' | 'unknown_entity' | 'uf_unavailable';
export class AskRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal);
  }
}

/** Metrics the product and category breakdowns carry. */
export const ENTITY_SALES_METRICS: readonly AskMetric[] = [
  'revenue',
  'units',
  'gross_margin',
  'margin_pct',
  'discount',
  'returned_amount',
];
/** Metrics of the weekday × hour grid. */
export const CLOCK_METRICS: readonly AskMetric[] = [
  'revenue',
  'units',
  'transactions',
  'returns',
  'avg_ticket',
];

export interface ValueResult {
  figure: Figure;
  /** The range really summed when the source is monthly (a day or a week becomes its months). */
  months: { from: string | null; to: string | null } | null;
  /** The figure covers all the data whatever the period (customer profiles). */
  lifetime: boolean;
}

const need = (condition: boolean, refusal: Refusal) => {
  if (!condition) throw new AskRefusal(refusal);
};
const isNotFound = (error: unknown) => error instanceof AppError && error.code === 'NOT_FOUND';

/** One figure of `query.metric` in `period`, under the query's filters. */
export async function executeValue(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
): Promise<ValueResult> {
  const { filters, metric } = query;
  const clock = filters.weekdays !== null || filters.hours !== null;
  const plain = { months: null, lifetime: false };

  if (filters.customer) {
    need(!filters.product && !filters.category && !filters.location && !clock, 'combination');
    const customer = await getCustomer(ctx, filters.customer).catch((error) => {
      if (isNotFound(error)) throw new AskRefusal('unknown_entity');
      throw error;
    });
    return { figure: sumMetric([customer.customer as Row], metric), months: null, lifetime: true };
  }
  if (filters.product) {
    need(!filters.location && !clock, 'combination');
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const range = period ? { from: period.from, to: period.to } : {};
    const found = await getProduct(ctx, filters.product, range).catch((error) => {
      if (isNotFound(error)) throw new AskRefusal('unknown_entity');
      throw error;
    });
    const row = (found.detail.range ?? found.detail.product) as unknown as Row;
    return { figure: sumMetric([row], metric), months: found.period, lifetime: false };
  }
  if (filters.category) {
    need(!filters.location && !clock, 'combination');
    need(ENTITY_SALES_METRICS.includes(metric), 'metric_not_at_level');
    const { items, page } = await allCategories(ctx, period);
    const row = items.find((item) => item.category === filters.category);
    return {
      figure: row ? sumMetric([row as unknown as Row], metric) : { value: null, missing: 'no_data' },
      months: page.period,
      lifetime: false,
    };
  }
  if (clock) {
    need(!filters.location, 'combination');
    need(CLOCK_METRICS.includes(metric), 'metric_not_at_level');
    const cells = await clockCells(ctx, period, filters);
    // Several cells always: sum them (one cell alone is read as stored by sumMetric, also right).
    const withSales = cells.filter((cell) => (cell.lines as number) > 0 || (cell.transactions as number) > 0);
    return {
      figure: withSales.length === 0 ? { value: null, missing: 'no_data' } : sumMetric(withSales, metric),
      ...plain,
    };
  }
  const rows = await periodRows(ctx, period, filters.location);
  return { figure: sumMetric(rows, metric), ...plain };
}
