import type { PeriodTotals } from '../accumulate/period-totals';
import { formatDate } from '../time/local-day';
import type { PeriodCalendar } from '../time/periods';
import type { Nulls } from '../types';
import { type Comparison, type GrowthBase, type GrowthFields, growthFields } from './growth';
import type { PeriodHead } from './period-heads';
import { type SumMetrics, sumMetrics } from './sum-metrics';
import { type TicketCounts, type TicketMetrics, ticketMetrics } from './ticket-metrics';

export interface PeriodContext {
  /** First and last local day of the data (day indices). */
  dataFrom: number;
  dataThrough: number;
  /** Rows of periods ending before this day are not built (see `datedRowsFrom`). */
  rowsFrom?: number;
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
  const s = sumMetrics(group.totals, nulls);
  const t = ticketMetrics(group.totals, group.tickets, nulls);
  // One object literal, no spreads (several spreads into one object are slow to build).
  return {
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
    transactions: t.transactions,
    returns: t.returns,
    avg_ticket: t.avg_ticket,
    units_per_transaction: t.units_per_transaction,
    lines_per_transaction: t.lines_per_transaction,
    customers: group.customers,
    new_customers: group.newCustomers,
    returning_customers: group.customers - group.newCustomers,
  };
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
  // Every group's metrics are bases of growth; rows only from `rowsFrom` on.
  const from = context.rowsFrom ?? Number.NEGATIVE_INFINITY;
  const rows: (PeriodRow<H, E> & GrowthFields)[] = [];
  groups.forEach((group, i) => {
    if (calendar.end(group.index) < from) return;
    const own = metrics[i] as PeriodMetrics;
    const growth = growthFields(
      growthBase(own),
      compare(calendar.previous(group.index), 'NO_PREVIOUS_PERIOD'),
      compare(calendar.sameLastYear(group.index), 'NO_SAME_PERIOD_LAST_YEAR'),
      group.nulls,
    );
    rows.push(
      periodRow(periodHead(calendar, group.index), group.head, own, group.extra, growth, group.nulls),
    );
  });
  return rows;
}

/**
 * `{ ...head, ...groupHead, ...metrics, ...extra, ...growth, nulls }` without spreads: several
 * spreads into one object cost tens of microseconds a row, copying fields one by one does not.
 */
function periodRow<H, E>(
  head: PeriodHead,
  groupHead: H,
  metrics: PeriodMetrics,
  extra: E,
  growth: GrowthFields,
  nulls: Nulls,
): PeriodRow<H, E> & GrowthFields {
  const row: Record<string, unknown> = {
    period: head.period,
    period_start: head.period_start,
    period_end: head.period_end,
  };
  copyInto(row, groupHead as object);
  copyInto(row, metrics);
  copyInto(row, extra as object);
  copyInto(row, growth);
  row.nulls = nulls;
  return row as PeriodRow<H, E> & GrowthFields;
}

function copyInto(row: Record<string, unknown>, fields: object): void {
  for (const key of Object.keys(fields)) row[key] = (fields as Record<string, unknown>)[key];
}

export function periodHead(calendar: PeriodCalendar, index: number): PeriodHead {
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
