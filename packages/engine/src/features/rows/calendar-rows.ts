import type { DayBucket } from '../accumulate/day-bucket';
import { PeriodTotals } from '../accumulate/period-totals';
import { dayPartOf } from '../time/day-part';
import { localDay } from '../time/local-day';
import { PERIOD_CALENDARS, type PeriodLevel } from '../time/periods';
import type { Nulls } from '../types';
import type { CustomerCounts } from './customer-counts';
import { money, percent, roundTo } from './numbers';
import { type PeriodContext, type PeriodGroup, periodMetrics, periodRowsWithGrowth } from './period-core';
import type { RolledUpLevel, TicketTally } from './ticket-tally';

export interface Tallies {
  customers: CustomerCounts;
  sales: TicketTally;
  returns: TicketTally;
}

const NO_HOURS: readonly number[] = new Array(24).fill(0);

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Day×hour rows (no growth: an hour against the hour before says little), from day `from` on. */
export function dayHourRows(days: DayBucket[], tallies: Tallies, from = Number.NEGATIVE_INFINITY) {
  const counts = tallies.customers;
  const rows = [];
  for (const day of days) {
    if (day.dayIndex < from) continue;
    const local = localDay(day.dayIndex);
    const sales = tallies.sales.byHour.get(day.dayIndex) ?? NO_HOURS;
    const returns = tallies.returns.byHour.get(day.dayIndex) ?? NO_HOURS;
    const customers = counts.customersByHour.get(day.dayIndex);
    const newCustomers = counts.newCustomersByHour.get(day.dayIndex);
    for (let hour = 0; hour < 24; hour++) {
      const totals = day.hours[hour];
      if (totals === undefined) continue;
      const group = {
        index: day.dayIndex * 24 + hour,
        totals,
        tickets: { transactions: sales[hour] as number, returns: returns[hour] as number },
        customers: customers?.[hour] ?? 0,
        newCustomers: newCustomers?.[hour] ?? 0,
        head: {},
        extra: {},
        nulls: {} as Nulls,
      };
      const m = periodMetrics(group);
      rows.push({
        period: `${local.date}T${pad2(hour)}`,
        period_start: local.date,
        period_end: local.date,
        hour,
        day_part: dayPartOf(hour),
        weekday: local.weekday,
        is_weekend: local.isWeekend,
        revenue: m.revenue,
        gross_sales: m.gross_sales,
        returned_amount: m.returned_amount,
        units: m.units,
        lines: m.lines,
        sale_lines: m.sale_lines,
        return_lines: m.return_lines,
        cost: m.cost,
        revenue_with_cost: m.revenue_with_cost,
        gross_margin: m.gross_margin,
        margin_pct: m.margin_pct,
        cost_coverage_pct: m.cost_coverage_pct,
        discount: m.discount,
        commission: m.commission,
        transactions: m.transactions,
        returns: m.returns,
        avg_ticket: m.avg_ticket,
        units_per_transaction: m.units_per_transaction,
        lines_per_transaction: m.lines_per_transaction,
        customers: m.customers,
        new_customers: m.new_customers,
        returning_customers: m.returning_customers,
        nulls: group.nulls,
      });
    }
  }
  return rows;
}

export function dayRows(days: DayBucket[], tallies: Tallies, context: PeriodContext) {
  const counts = tallies.customers;
  const groups = days.map((day) => {
    const local = localDay(day.dayIndex);
    const nulls: Nulls = {};
    let peakHour: number | null = null;
    let peakRevenue = 0;
    day.hours.forEach((totals, hour) => {
      if (totals !== undefined && totals.revenue > peakRevenue) {
        peakHour = hour;
        peakRevenue = totals.revenue;
      }
    });
    if (peakHour === null) {
      nulls.peak_hour = 'NO_SALES';
      nulls.peak_hour_revenue = 'NO_SALES';
    }
    return {
      index: day.dayIndex,
      totals: day.totals,
      tickets: {
        transactions: tallies.sales.byDay.get(day.dayIndex) ?? 0,
        returns: tallies.returns.byDay.get(day.dayIndex) ?? 0,
      },
      customers: counts.customers.day.get(day.dayIndex) ?? 0,
      newCustomers: counts.newCustomers.day.get(day.dayIndex) ?? 0,
      head: { weekday: local.weekday, is_weekend: local.isWeekend },
      extra: {
        ...retention('day', day.dayIndex, counts, context, nulls),
        peak_hour: peakHour as number | null,
        peak_hour_revenue: peakHour === null ? null : money(peakRevenue),
      },
      nulls,
    };
  });
  return periodRowsWithGrowth(PERIOD_CALENDARS.day, groups, context);
}

/** Week, month, quarter or year rows, rolled up from the (sorted) days. */
export function rolledUpRows(
  level: RolledUpLevel,
  days: DayBucket[],
  tallies: Tallies,
  context: PeriodContext,
) {
  const counts = tallies.customers;
  const calendar = PERIOD_CALENDARS[level];
  const groups: PeriodGroup<
    { days_with_sales: number; partial: boolean },
    ReturnType<typeof weekendMetrics>
  >[] = [];
  let start = 0;
  while (start < days.length) {
    const index = calendar.indexOf(localDay((days[start] as DayBucket).dayIndex));
    let end = start + 1;
    while (end < days.length && calendar.indexOf(localDay((days[end] as DayBucket).dayIndex)) === index)
      end++;
    const members = days.slice(start, end);
    start = end;
    const totals = new PeriodTotals();
    const split = { weekday: 0, weekend: 0, weekdayDays: 0, weekendDays: 0 };
    for (const day of members) {
      totals.merge(day.totals);
      if (day.totals.saleLines === 0) continue;
      if (localDay(day.dayIndex).isWeekend) {
        split.weekend += day.totals.revenue;
        split.weekendDays++;
      } else {
        split.weekday += day.totals.revenue;
        split.weekdayDays++;
      }
    }
    const nulls: Nulls = {};
    groups.push({
      index,
      totals,
      tickets: {
        transactions: ticketsOf(tallies.sales, level, index, members),
        returns: ticketsOf(tallies.returns, level, index, members),
      },
      customers: counts.customers[level].get(index) ?? 0,
      newCustomers: counts.newCustomers[level].get(index) ?? 0,
      head: {
        days_with_sales: split.weekdayDays + split.weekendDays,
        partial: calendar.start(index) < context.dataFrom || calendar.end(index) > context.dataThrough,
      },
      extra: {
        ...weekendMetrics(split, totals.revenue, nulls),
        ...retention(level, index, counts, context, nulls),
      },
      nulls,
    });
  }
  return periodRowsWithGrowth(calendar, groups, context);
}

/** Distinct tickets of a period: the sum over its days, corrected for tickets on several days. */
function ticketsOf(tally: TicketTally, level: RolledUpLevel, index: number, days: DayBucket[]): number {
  let count = tally.correction[level].get(index) ?? 0;
  for (const day of days) count += tally.byDay.get(day.dayIndex) ?? 0;
  return count;
}

/**
 * weekend_share_pct = weekend revenue / revenue; weekday_weekend_ratio = mean revenue of a
 * weekday with sales / mean revenue of a weekend day with sales (1.5 = weekdays sell 50% more).
 */
function weekendMetrics(
  split: { weekday: number; weekend: number; weekdayDays: number; weekendDays: number },
  revenue: number,
  nulls: Nulls,
) {
  let ratio: number | null = null;
  if (split.weekendDays === 0) nulls.weekday_weekend_ratio = 'NO_WEEKEND_SALES';
  else if (split.weekdayDays === 0) nulls.weekday_weekend_ratio = 'NO_WEEKDAY_SALES';
  else if (split.weekend <= 0) nulls.weekday_weekend_ratio = 'NOT_COMPUTABLE';
  else ratio = roundTo(split.weekday / split.weekdayDays / (split.weekend / split.weekendDays), 2);
  if (revenue <= 0) nulls.weekend_share_pct = 'NO_REVENUE';
  return {
    weekday_revenue: money(split.weekday),
    weekend_revenue: money(split.weekend),
    weekend_share_pct: revenue <= 0 ? null : percent(split.weekend, revenue),
    weekday_weekend_ratio: ratio,
  };
}

/**
 * retention_rate_pct = customers of the previous period who bought again in this one /
 * customers of the previous period × 100.
 */
function retention(
  level: PeriodLevel,
  index: number,
  counts: CustomerCounts,
  context: PeriodContext,
  nulls: Nulls,
) {
  const calendar = PERIOD_CALENDARS[level];
  const previous = calendar.previous(index);
  const before = counts.customers[level].get(previous) ?? 0;
  const retained = counts.retained[level].get(index) ?? 0;
  let rate: number | null = null;
  if (calendar.end(previous) < context.dataFrom) nulls.retention_rate_pct = 'NO_PREVIOUS_PERIOD';
  else if (before === 0) nulls.retention_rate_pct = 'PREVIOUS_ZERO';
  else rate = percent(retained, before);
  return { retained_customers: retained, retention_rate_pct: rate };
}
