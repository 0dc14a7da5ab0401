import type { AskQuery } from '@ayni/contracts';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { getProduct } from '../analytics/product-breakdowns';
import { getCompanySettings } from '../companies/company-settings.service';
import { AskRefusal } from './ask-refusal';
import { coveredInPart, rankCalendarChanges } from './calendar-changes';
import { executeBaskets } from './execute-baskets';
import { type Item, keyedValues, rank } from './execute-ranking';
import { executeLargestTickets } from './execute-tickets';
import { executeUnsold } from './execute-unsold';
import { executeValue } from './execute-value';
import { changePct, METRIC_UNIT, type Missing, type Row, sumMetric } from './metric-sums';
import { allCustomers } from './read-sources';
import { unitsByType } from './units-by-type';

/** What a structured query gave: the items to show, and what the answer must say about them. */
export interface Execution {
  items: Item[];
  /** Segment size, for "37 clientes en riesgo". */
  total?: number;
  /** Days without buying that make a customer of the segment (the company's churn days). */
  segmentDays?: number;
  /** The months really summed, when a monthly source widened the period. */
  months: { from: string | null; to: string | null } | null;
  /** Periods left out of a "least" ranking: the data covers only part of them. */
  partial?: Item[];
  missing?: Missing;
  /** The UF the amounts were converted with: of the period, and of the period compared. */
  uf?: { period: UfUsed; compare?: UfUsed };
}

/** A UF value, the day it is of, and the day it was wanted for (later when none is stored yet). */
export interface UfUsed {
  value: number;
  date: string;
  wanted: string;
}

const CALENDAR: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'];

const ADDITIVE = new Set([
  'revenue',
  'units',
  'transactions',
  'returns',
  'new_customers',
  'gross_margin',
  'cost',
  'discount',
  'commission',
  'returned_amount',
  'return_lines',
]);

/** Runs a structured query with the dashboards' services, in the company's scope. */
export async function executeQuery(
  ctx: ServiceContext,
  query: AskQuery,
  /** The company's first and last day with lines. */
  data: { from: string | null; through: string } | null = null,
): Promise<Execution> {
  switch (query.intent) {
    case 'value': {
      const current = await executeValue(ctx, query, query.period, data);
      const item: Item = {
        key: query.period?.from ?? 'all',
        label: 'current',
        value: current.figure.value,
        coverage: current.figure.coverage,
        unit: current.unit,
        days: current.figure.days,
        periods: current.figure.periods,
      };
      // Pieces and kilos added up: each unit's quantity goes with the total.
      if (query.metric === 'units' && item.value !== null)
        item.byUnit = await unitsByType(ctx, query, query.period);
      // A margin in pesos says little alone: its percentage of the sales it measures goes with it.
      if (query.metric === 'gross_margin' && item.value !== null) {
        item.marginPct = (
          await executeValue(ctx, { ...query, metric: 'margin_pct' }, query.period)
        ).figure.value;
      }
      if (query.compare) {
        const before = await executeValue(ctx, query, query.compare, data);
        item.previous = before.figure.value;
        // A period compared with that begins before the first sale holds only part of its days:
        // a change against it would be the data starting, not the business growing.
        const cut = data?.from != null && query.compare.from < data.from;
        item.change =
          item.value !== null && item.previous !== null && !cut
            ? Math.round((item.value - item.previous) * 100) / 100 + 0
            : null;
        item.changePct = cut ? null : changePct(item.value, item.previous);
      }
      return {
        items: [item],
        months: current.months,
        missing: current.figure.missing,
      };
    }
    case 'ranking': {
      const ranking = query.ranking ?? { order: 'desc', by: 'value', limit: 5 };
      if (ranking.by === 'change' && !ADDITIVE.has(query.metric)) throw new AskRefusal('metric_not_at_level');
      if (ranking.by === 'change' && query.compare === null && CALENDAR.includes(query.by))
        return rankCalendarChanges(ctx, query, ranking, data);
      // Everything "grew" against days before the data: the ranking would be the data starting.
      if (ranking.by === 'change' && data?.from && query.compare && query.compare.from < data.from)
        throw new AskRefusal('compare_before_data');
      const current = await keyedValues(ctx, query, query.period, data);
      const previous = query.compare ? (await keyedValues(ctx, query, query.compare, data)).items : null;
      // The month in progress (or the first one, begun mid-month) would top any "least" ranking
      // for having fewer days, not fewer sales: such periods are left out, and said.
      const partial =
        ranking.by === 'value' && ranking.order === 'asc' && data
          ? current.items.filter((item) => coveredInPart(item, data))
          : [];
      // With no whole period at all, the partial ones are all there is: ranked, not left out.
      if (partial.length === current.items.length) partial.length = 0;
      const whole = current.items.filter((item) => !partial.includes(item));
      return {
        items: rank(whole, previous, ranking),
        months: current.months,
        ...(partial.length > 0 ? { partial } : {}),
      };
    }
    case 'series':
      return executeSeries(ctx, query);
    // A summary is its figures' value queries and rankings, run one by one (summary.ts).
    case 'summary':
      throw new AskRefusal('combination');
    case 'segment':
      if (query.segment === 'baskets') return executeBaskets(ctx, query);
      if (query.segment === 'largest_tickets') return executeLargestTickets(ctx, query);
      return query.segment === 'unsold' ? executeUnsold(ctx, query, data) : executeSegment(ctx, query);
  }
}

async function executeSeries(ctx: ServiceContext, query: AskQuery): Promise<Execution> {
  const { product, location, weekdays, hours } = query.filters;
  // The product's own monthly rows, unless a branch or a time of the week narrows its lines.
  if (product && query.by === 'month' && !location && weekdays === null && hours === null) {
    const range = query.period ? { from: query.period.from, to: query.period.to } : {};
    const found = await getProduct(ctx, product, range).catch((error) => {
      // Only a missing product is the user's; anything else is an infrastructure error.
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AskRefusal('unknown_entity');
      throw error;
    });
    const items = found.detail.months.map((month) => ({
      key: month.period,
      label: month.period,
      value: sumMetric([month as unknown as Row], query.metric).value,
    }));
    return { items, months: found.period };
  }
  const keyed = await keyedValues(ctx, query, query.period);
  const items = [...keyed.items].sort((a, b) => a.key.localeCompare(b.key));
  return { items, months: null };
}

/** Customers in a lifecycle segment (`lifecycle_stage` of the customer profiles), best customers first. */
async function executeSegment(ctx: ServiceContext, query: AskQuery): Promise<Execution> {
  const { items } = await allCustomers(ctx);
  const inSegment = items.filter((customer) =>
    query.segment === 'churned'
      ? customer.churned === true || customer.lifecycle_stage === 'churned'
      : customer.lifecycle_stage === 'at_risk',
  );
  const limit = query.ranking?.limit ?? 10;
  const top = inSegment.slice(0, limit).map((customer) => ({
    key: customer.customer_id,
    label: customer.customer_id,
    value: customer.revenue,
  }));
  // The stored stages follow the company's churn days: at risk from half of them on.
  const { churn_days: churnDays } = await getCompanySettings(ctx);
  const segmentDays = query.segment === 'churned' ? churnDays : Math.ceil(churnDays / 2);
  return { items: top, total: inSegment.length, segmentDays, months: null };
}

export const unitOf = (query: AskQuery) =>
  query.currency === 'UF' && METRIC_UNIT[query.metric] === 'CLP' ? 'UF' : METRIC_UNIT[query.metric];
