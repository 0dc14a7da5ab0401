import type { CustomerBucket, CustomerDay } from '../accumulate/customer-bucket';
import { PeriodTotals } from '../accumulate/period-totals';
import { DAY_PARTS } from '../time/day-part';
import { formatDate, localDay } from '../time/local-day';
import { PERIOD_CALENDARS } from '../time/periods';
import type { Nulls } from '../types';
import { sortedByNumber, sortedEntries } from './compare';
import { roundTo } from './numbers';
import { periodHead } from './period-core';
import { sumMetrics } from './sum-metrics';
import { ticketMetrics } from './ticket-metrics';

export interface CustomerRowOptions {
  day: boolean;
  month: boolean;
  /** Day index recency is measured from. */
  dataThrough: number;
  churnDays: number;
}

export function customerRows(customers: Map<string, CustomerBucket>, options: CustomerRowOptions) {
  const day = [];
  const month = [];
  const profiles = [];
  for (const [customerId, customer] of sortedEntries(customers)) {
    const days = sortedByNumber(customer.days);
    if (options.day) {
      for (const [dayIndex, customerDay] of days) {
        const nulls: Nulls = {};
        day.push({
          customer_id: customerId,
          ...periodHead(PERIOD_CALENDARS.day, dayIndex),
          ...sumMetrics(customerDay.totals, nulls),
          ...ticketMetrics(customerDay.totals, ticketsOf([customerDay]), nulls),
          nulls,
        });
      }
    }
    if (options.month) {
      for (const [monthIndex, members] of groupByMonth(days)) {
        const nulls: Nulls = {};
        const totals = mergeTotals(members);
        month.push({
          customer_id: customerId,
          ...periodHead(PERIOD_CALENDARS.month, monthIndex),
          purchase_days: members.filter((m) => m.totals.saleLines > 0).length,
          ...sumMetrics(totals, nulls),
          ...ticketMetrics(totals, ticketsOf(members), nulls),
          nulls,
        });
      }
    }
    profiles.push(profileRow(customer, days, options));
  }
  return { customer_day: day, customer_month: month, customer: profiles };
}

function profileRow(customer: CustomerBucket, days: [number, CustomerDay][], options: CustomerRowOptions) {
  const nulls: Nulls = {};
  const members = days.map(([, d]) => d);
  const totals = mergeTotals(members);
  const saleDays = days.filter(([, d]) => d.totals.saleLines > 0).map(([dayIndex]) => dayIndex);
  const first = saleDays[0];
  const last = saleDays[saleDays.length - 1];
  const tickets = ticketsOf(members);
  const metrics = ticketMetrics(totals, tickets, nulls);
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
  const churned = daysSince === null ? null : daysSince >= options.churnDays;
  return {
    customer_id: customer.customerId,
    first_purchase: bought ? formatDate(first) : null,
    last_purchase: bought ? formatDate(last) : null,
    purchases: metrics.transactions,
    purchase_days: saleDays.length,
    ...sumMetrics(totals, nulls),
    ...metrics,
    favorite_product: bought ? favorite(customer.productLines) : null,
    /** ISO weekday (1 = Monday) with most tickets; earliest wins ties. */
    preferred_weekday: bought ? argMax(customer.ticketsByWeekday) + 1 : null,
    preferred_day_part: bought ? DAY_PARTS[argMax(customer.ticketsByDayPart)] : null,
    days_since_last_purchase: daysSince,
    churned,
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

function mergeTotals(days: CustomerDay[]): PeriodTotals {
  const totals = new PeriodTotals();
  for (const day of days) totals.merge(day.totals);
  return totals;
}

function ticketsOf(days: CustomerDay[]) {
  if (days.length === 1) {
    const only = days[0] as CustomerDay;
    return { transactions: only.saleTickets.size, returns: only.returnTickets?.size ?? 0 };
  }
  const sales = new Set<string>();
  const returns = new Set<string>();
  for (const day of days) {
    day.saleTickets.addAllTo(sales);
    day.returnTickets?.addAllTo(returns);
  }
  return { transactions: sales.size, returns: returns.size };
}
