import { FeatureAccumulator } from './accumulate/feature-accumulator';
import { dayHourRows, dayRows, rolledUpRows, type Tallies } from './rows/calendar-rows';
import { countCustomers } from './rows/customer-counts';
import { customerLevels } from './rows/customer-rows';
import { datedRowsFrom } from './rows/dated-rows-from';
import { DayCalendar } from './rows/day-calendar';
import { categoryMonthRows } from './rows/dimension-rows';
import { LocationRows } from './rows/location-rows';
import type { PeriodContext } from './rows/period-core';
import { productLevels } from './rows/product-rows';
import { type RowStream, rowStream } from './rows/row-stream';
import { tallyTickets } from './rows/ticket-tally';
import { formatDate, localDayIndexOf, parseDate } from './time/local-day';
import { FEATURE_LEVELS, type FeatureLevel, type FeatureLine, type FeatureOptions } from './types';

/**
 * Features of a set of sale lines at every level, in one pass. Accepts any iterable or async
 * iterable (an array, a generator, DB rows streamed by a cursor); lines are never kept. Every
 * level comes as an array: for big data prefer `buildFeatureStreams`, which never holds the
 * product×day, product×month, customer×day and customer×month rows all at once.
 */
export async function computeFeatures(
  lines: Iterable<FeatureLine> | AsyncIterable<FeatureLine>,
  options: FeatureOptions = {},
): Promise<FeatureResult> {
  const accumulator = createFeatureAccumulator(options);
  if (Symbol.asyncIterator in lines) {
    for await (const line of lines) accumulator.add(line);
  } else {
    for (const line of lines) accumulator.add(line);
  }
  return buildFeatureResult(accumulator, options);
}

export function createFeatureAccumulator(options: FeatureOptions = {}): FeatureAccumulator {
  return new FeatureAccumulator(
    new Set(options.levels ?? FEATURE_LEVELS),
    options.productDaysUpTo,
    options.contiguousTickets,
  );
}

/** The levels whose rows grow with the data (entity × period): streamed by `buildFeatureStreams`. */
export const STREAMED_LEVELS = ['product_day', 'product_month', 'customer_day', 'customer_month'] as const;
export type StreamedLevel = (typeof STREAMED_LEVELS)[number];

/**
 * The rows of every level the accumulator was asked for (the others stay empty; `options.levels`
 * narrows them further), all as arrays.
 * Holds every row of every level: ~1 GB for a million lines of all levels.
 */
export function buildFeatureResult(accumulator: FeatureAccumulator, options: FeatureOptions = {}) {
  const { levels, ...meta } = buildFeatureStreams(accumulator, options);
  return {
    ...meta,
    levels: {
      ...levels,
      product_day: [...levels.product_day],
      product_month: [...levels.product_month],
      customer_day: [...levels.customer_day],
      customer_month: [...levels.customer_month],
    },
  };
}

export type FeatureResult = ReturnType<typeof buildFeatureResult>;
export type FeatureRows = FeatureResult['levels'];

/**
 * The same rows, with the big levels (`STREAMED_LEVELS`) as iterables that build their rows
 * while iterated, each iteration anew: memory stays that of the accumulator (distinct products,
 * customers, days and tickets) however many rows are written. The other levels are arrays.
 * Iterate only after the last line was added to `accumulator`.
 */
export function buildFeatureStreams(accumulator: FeatureAccumulator, options: FeatureOptions = {}) {
  // Levels the accumulator was made for, narrowed by `options.levels` when given.
  // Counts from a broken promise would be wrong: better no rows than wrong ones.
  if (!accumulator.ticketsExact)
    throw new Error('a ticket came back after another one: add the lines again without contiguousTickets');
  const want = (level: FeatureLevel) =>
    accumulator.levels.has(level) && (options.levels === undefined || options.levels.includes(level));
  const calendar = new DayCalendar(accumulator.dayList);
  const days = calendar.sorted;
  const first = days[0];
  const dataThrough = resolveDataThrough(accumulator, options);
  if (first === undefined || dataThrough === null) return emptyResult(accumulator.lineCount);
  // After a change, dated rows only from the first day the change can alter (null: all).
  const rowsFrom = options.changedSince ? datedRowsFrom(options.changedSince, dataThrough) : null;
  const from = rowsFrom ?? Number.NEGATIVE_INFINITY;
  const context: PeriodContext = { dataFrom: first.dayIndex, dataThrough, rowsFrom: from };
  const customerDays = accumulator.customers.days;
  const customerGroups = customerDays.grouped(accumulator.customerIds.size, calendar.rank);
  const { sales, returns } = tallyTickets(accumulator.tickets);
  const tallies: Tallies = {
    customers: countCustomers(customerGroups, accumulator.customers.hourMask, calendar),
    sales,
    returns,
  };
  const products = productLevels(
    { ids: accumulator.productIds, table: accumulator.products, calendar },
    { day: want('product_day'), month: want('product_month'), profile: want('product'), from },
  );
  const customers = customerLevels(
    {
      ids: accumulator.customerIds,
      table: accumulator.customers,
      groups: customerGroups,
      tickets: accumulator.tickets,
      productIds: accumulator.productIds,
      calendar,
    },
    {
      day: want('customer_day'),
      month: want('customer_month'),
      profile: want('customer'),
      dataThrough,
      churnDays: options.churnDays ?? 90,
    },
  );
  let branches: LocationRows | null = null;
  const locationRows = (level: 'day' | 'week' | 'month' | 'quarter' | 'year') => {
    branches ??= new LocationRows({
      table: accumulator.locations,
      tickets: accumulator.tickets,
      customerGroups,
      calendar,
    });
    return branches.rows(level, dataThrough);
  };
  return {
    data_from: formatDate(first.dayIndex),
    data_through: formatDate(dataThrough),
    lines: accumulator.lineCount,
    /**
     * Rows of `LEVELS_BUILT_FROM_ROWS_FROM` start with periods ending on this day (the other
     * levels are complete); null: every row was built.
     */
    rows_from: rowsFrom === null ? null : formatDate(rowsFrom),
    /** False when no line names a customer: every customer count is then 0 for lack of data. */
    has_customer_data: accumulator.customerIds.size > 0,
    levels: {
      day_hour: want('day_hour') ? dayHourRows(days, tallies, from) : [],
      day: want('day') ? dayRows(days, tallies, context) : [],
      week: want('week') ? rolledUpRows('week', days, tallies, context) : [],
      month: want('month') ? rolledUpRows('month', days, tallies, context) : [],
      quarter: want('quarter') ? rolledUpRows('quarter', days, tallies, context) : [],
      year: want('year') ? rolledUpRows('year', days, tallies, context) : [],
      product_day: endingFrom(products.product_day, rowsFrom),
      product_month: products.product_month,
      product: products.product,
      customer_day: endingFrom(customers.customer_day, rowsFrom),
      customer_month: endingFrom(customers.customer_month, rowsFrom),
      customer: customers.customer,
      category_month: want('category_month') ? categoryMonthRows(accumulator.categories, from) : [],
      location_day: want('location_day') ? locationRows('day') : [],
      location_week: want('location_week') ? locationRows('week') : [],
      location_month: want('location_month') ? locationRows('month') : [],
      location_quarter: want('location_quarter') ? locationRows('quarter') : [],
      location_year: want('location_year') ? locationRows('year') : [],
    },
  };
}

export type FeatureStreams = ReturnType<typeof buildFeatureStreams>;
/** Every level's rows: arrays, and `RowStream`s for the `STREAMED_LEVELS`. */
export type FeatureRowStreams = FeatureStreams['levels'];
export type { RowStream };

/** The rows of a streamed level whose period ends on or after day `from` (null: all). */
function endingFrom<Row extends { period_end: string }>(
  rows: RowStream<Row>,
  from: number | null,
): RowStream<Row> {
  if (from === null) return rows;
  const first = formatDate(from);
  return rowStream(function* () {
    for (const row of rows) if (row.period_end >= first) yield row;
  });
}

function resolveDataThrough(accumulator: FeatureAccumulator, options: FeatureOptions): number | null {
  if (options.dataThrough !== undefined) {
    const day = parseDate(options.dataThrough);
    if (day === null)
      throw new Error(`dataThrough must be a real date as YYYY-MM-DD, got "${options.dataThrough}"`);
    return day;
  }
  return accumulator.lineCount === 0 ? null : localDayIndexOf(accumulator.lastSoldAt);
}

function emptyResult(lines: number) {
  return {
    data_from: null,
    data_through: null,
    lines,
    rows_from: null,
    has_customer_data: false,
    levels: {
      day_hour: [],
      day: [],
      week: [],
      month: [],
      quarter: [],
      year: [],
      product_day: [],
      product_month: [],
      product: [],
      customer_day: [],
      customer_month: [],
      customer: [],
      category_month: [],
      location_day: [],
      location_week: [],
      location_month: [],
      location_quarter: [],
      location_year: [],
    },
  };
}
