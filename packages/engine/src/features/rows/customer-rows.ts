import type { CustomerBucket, CustomerDay } from '../accumulate/customer-bucket';
import { PeriodTotals } from '../accumulate/period-totals';
import type { TotalsTable } from '../accumulate/totals-table';
import { DAY_PARTS } from '../time/day-part';
import { formatDate, localDay } from '../time/local-day';
import type { Nulls } from '../types';
import { sortedByNumber, sortedEntries } from './compare';
import { customerMonthRow, customerPeriodRow } from './entity-period-rows';
import { roundTo } from './numbers';
import { periodHeadOf } from './period-heads';
import { sumMetrics } from './sum-metrics';
import { type TicketCounts, ticketMetrics } from './ticket-metrics';

export interface CustomerRowOptions {
  day: boolean;
  month: boolean;
  profile: boolean;
  /** Day index recency is measured from. */
  dataThrough: number;
  churnDays: number;
}

export function customerRows(
  customers: Map<string, CustomerBucket>,
  table: TotalsTable,
  options: CustomerRowOptions,
) {
  const day = [];
  const month = [];
  const profiles = [];
  const totals = new PeriodTotals();
  const wanted = options.day || options.month || options.profile;
  for (const [customerId, customer] of wanted ? sortedEntries(customers) : []) {
    const days = sortedByNumber(customer.days);
    if (options.day) {
      for (const [dayIndex, customerDay] of days) {
        const head = periodHeadOf('day', dayIndex);
        day.push(
          customerPeriodRow(customerId, head, table.read(customerDay.slot, totals), ticketsOf([customerDay])),
        );
      }
    }
    if (options.month) {
      for (const [monthIndex, members] of groupByMonth(days)) {
        const head = periodHeadOf('month', monthIndex);
        const purchaseDays = members.filter((m) => table.saleLines(m.slot) > 0).length;
        const totalsOfMonth = mergeTotals(members, table, totals);
        month.push(customerMonthRow(customerId, head, totalsOfMonth, ticketsOf(members), purchaseDays));
      }
    }
    if (options.profile) profiles.push(profileRow(customer, days, table, options));
  }
  return { customer_day: day, customer_month: month, customer: profiles };
}

function profileRow(
  customer: CustomerBucket,
  days: [number, CustomerDay][],
  table: TotalsTable,
  options: CustomerRowOptions,
) {
  const nulls: Nulls = {};
  const members = days.map(([, d]) => d);
  const totals = mergeTotals(members, table, new PeriodTotals());
  const saleDays = days.filter(([, d]) => table.saleLines(d.slot) > 0).map(([dayIndex]) => dayIndex);
  const first = saleDays[0];
  const last = saleDays[saleDays.length - 1];
  const metrics = ticketMetrics(totals, ticketsOf(members), nulls);
  const bought = first !== undefined && last !== undefined;
  if (!bought) {
    for (const name of [
      'first_purchase',
      'last_purchase',
      'favorite_product',
      'preferred_weekday',
      'preferred_day_part',
      'days_since_last_purchase',
      'churned',
      'lifecycle_stage',
    ]) {
      nulls[name] = 'NO_SALES';
    }
  }
  if (saleDays.length < 2) nulls.avg_days_between_purchases = 'NOT_COMPUTABLE';
  const daysSince = bought ? options.dataThrough - last : null;
  return {
    customer_id: customer.customerId,
    first_purchase: bought ? formatDate(first) : null,
    last_purchase: bought ? formatDate(last) : null,
    purchases: metrics.transactions,
    purchase_days: saleDays.length,
    ...sumMetrics(totals, nulls),
    ...metrics,
    favorite_product: bought ? favorite(customer.productLines) : null,
    // ISO weekday (1 = Monday) with most tickets; earliest wins ties.
    preferred_weekday: bought ? argMax(customer.ticketsByWeekday) + 1 : null,
    preferred_day_part: bought ? (DAY_PARTS[argMax(customer.ticketsByDayPart)] ?? null) : null,
    days_since_last_purchase: daysSince,
    churned: daysSince === null ? null : daysSince >= options.churnDays,
    lifecycle_stage: bought ? lifecycleStage(first, daysSince as number, options) : null,
    avg_days_between_purchases:
      bought && saleDays.length >= 2 ? roundTo((last - first) / (saleDays.length - 1), 2) : null,
    nulls,
  };
}

/**
 * churned: no purchase in the last `churnDays` days up to data_through; at_risk: none in the
 * last half of that; new: first purchase within the last 30 days; active otherwise.
 */
function lifecycleStage(first: number, daysSince: number, options: CustomerRowOptions) {
  if (daysSince >= options.churnDays) return 'churned';
  if (daysSince >= Math.ceil(options.churnDays / 2)) return 'at_risk';
  if (options.dataThrough - first < 30) return 'new';
  return 'active';
}

/** The product in most of the customer's sale lines; the smallest id wins ties. */
function favorite(productLines: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [productId, count] of productLines) {
    if (count > bestCount || (count === bestCount && best !== null && productId < best)) {
      best = productId;
      bestCount = count;
    }
  }
  return best;
}

const argMax = (values: number[]) =>
  values.reduce((best, v, i) => (v > (values[best] as number) ? i : best), 0);

function groupByMonth(days: [number, CustomerDay][]): Map<number, CustomerDay[]> {
  const months = new Map<number, CustomerDay[]>();
  for (const [dayIndex, day] of days) {
    const monthIndex = localDay(dayIndex).monthIndex;
    const members = months.get(monthIndex);
    if (members === undefined) months.set(monthIndex, [day]);
    else members.push(day);
  }
  return months;
}

function mergeTotals(days: CustomerDay[], table: TotalsTable, into: PeriodTotals): PeriodTotals {
  into.reset();
  for (const day of days) table.mergeInto(day.slot, into);
  return into;
}

function ticketsOf(days: CustomerDay[]): TicketCounts {
  if (days.length === 1) {
    const only = days[0] as CustomerDay;
    return { transactions: only.saleTickets?.size ?? 0, returns: only.returnTickets?.size ?? 0 };
  }
  const sales = new Set<string>();
  const returns = new Set<string>();
  for (const day of days) {
    day.saleTickets?.addAllTo(sales);
    day.returnTickets?.addAllTo(returns);
  }
  return { transactions: sales.size, returns: returns.size };
}
