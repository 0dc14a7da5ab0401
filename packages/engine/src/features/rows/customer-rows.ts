import { type CustomerTable, RETURN, SALE } from '../accumulate/customer-table';
import type { Interner } from '../accumulate/interner';
import type { CellGroups } from '../accumulate/pair-index';
import { PeriodTotals } from '../accumulate/period-totals';
import type { TicketBook } from '../accumulate/ticket-book';
import { DAY_PARTS } from '../time/day-part';
import { localDay } from '../time/local-day';
import type { Nulls } from '../types';
import type { DayCalendar } from './day-calendar';
import { customerMonthRow, customerPeriodRow } from './entity-period-rows';
import { roundTo } from './numbers';
import { dateText, periodHeadOf } from './period-heads';
import { Rollup } from './rollup';
import { type RowStream, rowStream } from './row-stream';
import { sumMetrics } from './sum-metrics';
import { type TicketCounts, ticketMetrics } from './ticket-metrics';
import { touchAhead } from './touch-ahead';

export interface CustomerRowOptions {
  day: boolean;
  month: boolean;
  profile: boolean;
  /** Day index recency is measured from. */
  dataThrough: number;
  churnDays: number;
}

export type CustomerDayRow = ReturnType<typeof customerPeriodRow>;
export type CustomerMonthRow = ReturnType<typeof customerMonthRow>;
export type CustomerProfileRow = ReturnType<typeof profileRow>;

export interface CustomerLevels {
  /** As many rows as customer×day cells: built while iterated (each iteration anew), never kept. */
  customer_day: RowStream<CustomerDayRow>;
  customer_month: RowStream<CustomerMonthRow>;
  customer: CustomerProfileRow[];
}

/** What the customer rows read from the accumulator. */
export interface CustomerSource {
  ids: Interner<string>;
  table: CustomerTable;
  /** Each customer's days in chronological order. */
  groups: CellGroups;
  tickets: TicketBook;
  productIds: Interner<string>;
  calendar: DayCalendar;
}

/**
 * Customer rows, by customer id then period. Distinct tickets of a month (or a lifetime) are the
 * sum over its days less the tickets seen on several of them (`TicketRepeats`). Profiles are
 * built at once; the customer×day and customer×month rows when iterated.
 */
export function customerLevels(source: CustomerSource, options: CustomerRowOptions): CustomerLevels {
  const wanted = options.day || options.month || options.profile;
  if (!wanted || source.ids.size === 0) return { customer_day: [], customer_month: [], customer: [] };
  const order = source.ids.sortedIds();
  const { table, calendar } = source;
  if ((options.day || options.month) && !table.daySums) {
    throw new Error('customer × day or × month rows were asked for, but only lifetimes were summed');
  }
  const rolled =
    options.month || options.profile
      ? {
          rollup: new Rollup(
            // Customer-day cells are their own slots; without day sums, hours mark sale days.
            table.daySums
              ? { size: table.days.size, entity: table.days.a, dayId: table.days.b, totals: table.totals }
              : {
                  size: table.days.size,
                  entity: table.days.a,
                  dayId: table.days.b,
                  totals: null,
                  lifetimes: { totals: table.totals, saleDays: table.hourMask },
                },
            source.ids.size,
            calendar,
            [table.saleTickets, table.returnTickets],
          ),
          repeats: ticketRepeats(source),
        }
      : null;
  return {
    customer_day: options.day ? rowStream(() => dayRows(source, order)) : [],
    customer_month: options.month ? rowStream(() => monthRows(source, order, rolled as Rolled)) : [],
    customer: options.profile ? profileRows(source, order, rolled as Rolled, options) : [],
  };
}

/** Customers' months and lifetimes, and the tickets their sums of days count twice. */
interface Rolled {
  rollup: Rollup;
  repeats: Repeats;
}

function* dayRows(source: CustomerSource, order: number[]): Generator<CustomerDayRow> {
  const { ids, table, calendar } = source;
  const { start, cells, b: dayIds } = source.groups;
  const totals = new PeriodTotals();
  const tickets: TicketCounts = { transactions: 0, returns: 0 };
  let ahead = 0; // customers whose cells were fetched (see `touchAhead`)
  for (let n = 0; n < order.length; n++) {
    if (n === ahead) ahead = touchAhead(table.totals, source.groups, order, n);
    const customer = order[n] as number;
    const customerId = ids.values[customer] as string;
    const to = start[customer + 1] as number;
    for (let i = start[customer] as number; i < to; i++) {
      const cell = cells[i] as number;
      tickets.transactions = table.saleTickets[cell] as number;
      tickets.returns = table.returnTickets[cell] as number;
      yield customerPeriodRow(
        customerId,
        calendar.dayHead(dayIds[i] as number),
        table.totals.read(cell, totals),
        tickets,
      );
    }
  }
}

function* monthRows(source: CustomerSource, order: number[], rolled: Rolled): Generator<CustomerMonthRow> {
  const { ids } = source;
  const { rollup, repeats } = rolled;
  const groups = rollup.months.grouped(ids.size);
  const { start, cells, b: monthIndex } = groups;
  const [saleTickets, returnTickets] = rollup.monthCounts as [Int32Array, Int32Array];
  const totals = new PeriodTotals();
  const tickets: TicketCounts = { transactions: 0, returns: 0 };
  let ahead = 0; // customers whose cells were fetched (see `touchAhead`)
  for (let n = 0; n < order.length; n++) {
    if (n === ahead) ahead = touchAhead(rollup.monthTotals, groups, order, n);
    const customer = order[n] as number;
    const customerId = ids.values[customer] as string;
    const to = start[customer + 1] as number;
    for (let i = start[customer] as number; i < to; i++) {
      const cell = cells[i] as number;
      const month = monthIndex[i] as number;
      tickets.transactions =
        (saleTickets[cell] as number) - (repeats.sales.month.get(customer)?.get(month) ?? 0);
      tickets.returns =
        (returnTickets[cell] as number) - (repeats.returns.month.get(customer)?.get(month) ?? 0);
      yield customerMonthRow(
        customerId,
        periodHeadOf('month', month),
        rollup.monthTotals.read(cell, totals),
        tickets,
        rollup.monthSaleDays[cell] as number,
      );
    }
  }
}

function profileRows(
  source: CustomerSource,
  order: number[],
  rolled: Rolled,
  options: CustomerRowOptions,
): CustomerProfileRow[] {
  const favorites = favoriteProducts(source);
  const totals = new PeriodTotals();
  return order.map((customer) => profileRow(source, customer, rolled, favorites, totals, options));
}

function profileRow(
  source: CustomerSource,
  customer: number,
  rolled: Rolled,
  favorites: Int32Array,
  totals: PeriodTotals,
  options: CustomerRowOptions,
) {
  const { table } = source;
  const { rollup, repeats } = rolled;
  const [saleTickets, returnTickets] = rollup.lifeCounts as [Int32Array, Int32Array];
  const nulls: Nulls = {};
  rollup.life.read(customer, totals);
  const purchaseDays = rollup.lifeSaleDays[customer] as number;
  const tickets: TicketCounts = {
    transactions: (saleTickets[customer] as number) - (repeats.sales.life.get(customer) ?? 0),
    returns: (returnTickets[customer] as number) - (repeats.returns.life.get(customer) ?? 0),
  };
  const bought = purchaseDays > 0;
  const first = rollup.firstSale[customer] as number;
  const last = rollup.lastSale[customer] as number;
  const metrics = ticketMetrics(totals, tickets, nulls);
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
  if (purchaseDays < 2) nulls.avg_days_between_purchases = 'NOT_COMPUTABLE';
  const daysSince = bought ? options.dataThrough - last : null;
  const favorite = favorites[customer] as number;
  const s = sumMetrics(totals, nulls);
  // One object literal, no spreads: V8 builds it with a fixed shape at once.
  return {
    customer_id: source.ids.values[customer] as string,
    first_purchase: bought ? dateText(first) : null,
    last_purchase: bought ? dateText(last) : null,
    purchases: metrics.transactions,
    purchase_days: purchaseDays,
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
    transactions: metrics.transactions,
    returns: metrics.returns,
    avg_ticket: metrics.avg_ticket,
    units_per_transaction: metrics.units_per_transaction,
    lines_per_transaction: metrics.lines_per_transaction,
    favorite_product: bought && favorite >= 0 ? (source.productIds.values[favorite] as string) : null,
    // ISO weekday (1 = Monday) with most tickets; earliest wins ties.
    preferred_weekday: bought ? argMax(table.ticketsByWeekday, customer * 7, 7) + 1 : null,
    preferred_day_part: bought ? (DAY_PARTS[argMax(table.ticketsByDayPart, customer * 4, 4)] ?? null) : null,
    days_since_last_purchase: daysSince,
    churned: daysSince === null ? null : daysSince >= options.churnDays,
    lifecycle_stage: bought ? lifecycleStage(first, daysSince as number, options) : null,
    avg_days_between_purchases:
      bought && purchaseDays >= 2 ? roundTo((last - first) / (purchaseDays - 1), 2) : null,
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

/** customer → the product in most of their sale lines (the smallest id wins ties), or −1. */
function favoriteProducts(source: CustomerSource): Int32Array {
  const { table, productIds } = source;
  const rank = new Int32Array(productIds.size);
  productIds.sortedIds().forEach((product, position) => {
    rank[product] = position;
  });
  const best = new Int32Array(source.ids.size).fill(-1);
  const bestCount = new Int32Array(source.ids.size);
  table.products.forEach((customer, product, count) => {
    const kept = best[customer] as number;
    if (
      count > (bestCount[customer] as number) ||
      (count === bestCount[customer] && kept >= 0 && (rank[product] as number) < (rank[kept] as number))
    ) {
      best[customer] = product;
      bestCount[customer] = count;
    }
  });
  return best;
}

/** Index (from 0) of the greatest of `length` values from `from`; the earliest wins ties. */
function argMax(values: Int32Array, from: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) {
    if ((values[from + i] ?? 0) > (values[from + best] ?? 0)) best = i;
  }
  return best;
}

/**
 * Tickets a customer had on several days (a reused folio, a ticket open past midnight): counted
 * once per day in the customer-day cells, so k days of one month (or of the customer's whole
 * history) over-count that month (or lifetime) by k − 1. Only tickets of several days are read.
 */
interface TicketRepeats {
  /** customer → month index → over-count */
  month: Map<number, Map<number, number>>;
  /** customer → over-count over all their days */
  life: Map<number, number>;
}

interface Repeats {
  sales: TicketRepeats;
  returns: TicketRepeats;
}

function ticketRepeats(source: CustomerSource): Repeats {
  const repeats: Repeats = {
    sales: { month: new Map(), life: new Map() },
    returns: { month: new Map(), life: new Map() },
  };
  const book = source.tickets;
  const pairs = source.table.tickets;
  const seen: number[] = []; // customer, flags, month index: one triple per (ticket-day, customer)
  for (const head of book.multiDayTickets()) {
    seen.length = 0;
    for (let entry = head; entry >= 0; entry = book.next[entry] as number) {
      const monthIndex = localDay(book.dayIndex[entry] as number).monthIndex;
      pairs.forEach(entry, (customer, flags) => {
        seen.push(customer, flags, monthIndex);
      });
    }
    count(seen, SALE, repeats.sales);
    count(seen, RETURN, repeats.returns);
  }
  return repeats;
}

/** Adds the repeats among one ticket's `seen` triples that carry `bit`. */
function count(seen: number[], bit: number, into: TicketRepeats): void {
  const monthsOf = new Map<number, number[]>(); // customer → months of the days listed so far
  for (let i = 0; i < seen.length; i += 3) {
    if (((seen[i + 1] as number) & bit) === 0) continue;
    const customer = seen[i] as number;
    const monthIndex = seen[i + 2] as number;
    const months = monthsOf.get(customer);
    if (months === undefined) {
      monthsOf.set(customer, [monthIndex]);
      continue;
    }
    into.life.set(customer, (into.life.get(customer) ?? 0) + 1);
    if (months.includes(monthIndex)) {
      let perMonth = into.month.get(customer);
      if (perMonth === undefined) {
        perMonth = new Map();
        into.month.set(customer, perMonth);
      }
      perMonth.set(monthIndex, (perMonth.get(monthIndex) ?? 0) + 1);
    } else months.push(monthIndex);
  }
}
