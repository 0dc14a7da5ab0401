import type { PeriodTotals } from '../accumulate/period-totals';
import { formatDate } from '../time/local-day';
import type { PeriodCalendar } from '../time/periods';
import type { Nulls } from '../types';
import { type Comparison, type GrowthBase, type GrowthFields, growthFields } from './growth';
import { type SumMetrics, sumMetrics } from './sum-metrics';
import { type TicketCounts, type TicketMetrics, ticketMetrics } from './ticket-metrics';

export interface PeriodContext {
  /** First and last local day of the data (day indices). */
  dataFrom: number;
  dataThrough: number;
}

/** Counts of customer ids: 0 when no line names a customer (see `has_customer_data`). */
export type CustomerMetrics = {
  customers: number;
  new_customers: number;
  returning_customers: number;
};

export type PeriodMetrics = SumMetrics & TicketMetrics & CustomerMetrics;

/** A period's raw material; `head` fields go before the metrics, `extra` after them. */
export interface PeriodGroup<Head, Extra> {
  index: number;
  totals: PeriodTotals;
  tickets: TicketCounts;
  customers: number;
  newCustomers: number;
  head: Head;
  extra: Extra;
  nulls: Nulls;
}

export type PeriodRow<Head, Extra> = { period: string; period_start: string; period_end: string } & Head &
  PeriodMetrics &
  Extra & { nulls: Nulls };

export function periodMetrics<H, E>(group: PeriodGroup<H, E>): PeriodMetrics {
  const { nulls } = group;
  const sums = sumMetrics(group.totals, nulls);
  const tickets = ticketMetrics(group.totals, group.tickets, nulls);
  const customers: CustomerMetrics = {
    customers: group.customers,
    new_customers: group.newCustomers,
    returning_customers: group.customers - group.newCustomers,
  };
  return { ...sums, ...tickets, ...customers };
}

/** Rows of one calendar level, with growth against the previous period and the year before. */
export function periodRowsWithGrowth<H, E>(
  calendar: PeriodCalendar,
  groups: PeriodGroup<H, E>[],
  context: PeriodContext,
): (PeriodRow<H, E> & GrowthFields)[] {
  const metrics = groups.map((group) => periodMetrics(group));
  const bases = new Map<number, GrowthBase>();
  groups.forEach((group, i) => {
    bases.set(group.index, growthBase(metrics[i] as PeriodMetrics));
  });
  const empty: GrowthBase = {
    revenue: 0,
    transactions: 0,
    customers: 0,
    avg_ticket: null,
    gross_margin: null,
  };
  const compare = (index: number | null, missing: 'NO_PREVIOUS_PERIOD' | 'NO_SAME_PERIOD_LAST_YEAR') => {
    if (index === null) return { kind: 'missing', reason: missing } as Comparison;
    const values = bases.get(index);
    if (values !== undefined) return { kind: 'row', values } as Comparison;
    const insideData =
      calendar.end(index) >= context.dataFrom && calendar.start(index) <= context.dataThrough;
    return (
      insideData ? { kind: 'empty', values: empty } : { kind: 'missing', reason: missing }
    ) as Comparison;
  };
  return groups.map((group, i) => {
    const own = metrics[i] as PeriodMetrics;
    const growth = growthFields(
      growthBase(own),
      compare(calendar.previous(group.index), 'NO_PREVIOUS_PERIOD'),
      compare(calendar.sameLastYear(group.index), 'NO_SAME_PERIOD_LAST_YEAR'),
      group.nulls,
    );
    return {
      ...periodHead(calendar, group.index),
      ...group.head,
      ...own,
      ...group.extra,
      ...growth,
      nulls: group.nulls,
    };
  });
}

export function periodHead(calendar: PeriodCalendar, index: number) {
  return {
    period: calendar.key(index),
    period_start: formatDate(calendar.start(index)),
    period_end: formatDate(calendar.end(index)),
  };
}

const growthBase = (m: PeriodMetrics): GrowthBase => ({
  revenue: m.revenue,
  transactions: m.transactions,
  customers: m.customers,
  avg_ticket: m.avg_ticket,
  gross_margin: m.gross_margin,
});
