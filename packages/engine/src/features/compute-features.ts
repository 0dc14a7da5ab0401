import { FeatureAccumulator } from './accumulate/feature-accumulator';
import { dayHourRows, dayRows, rolledUpRows, type Tallies } from './rows/calendar-rows';
import { countCustomers } from './rows/customer-counts';
import { customerRows } from './rows/customer-rows';
import { categoryMonthRows } from './rows/dimension-rows';
import { locationRows } from './rows/location-rows';
import type { PeriodContext } from './rows/period-core';
import { productRows } from './rows/product-rows';
import { tallyTickets } from './rows/ticket-tally';
import { formatDate, localDayIndexOf, parseDate } from './time/local-day';
import { FEATURE_LEVELS, type FeatureLevel, type FeatureLine, type FeatureOptions } from './types';

/**
 * Features of a set of sale lines at every level, in one pass. Accepts any iterable or async
 * iterable (an array, a generator, DB rows streamed by a cursor); lines are never kept.
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
  return new FeatureAccumulator(new Set(options.levels ?? FEATURE_LEVELS));
}

/** The rows of every level the accumulator was asked for (the others stay empty). */
export function buildFeatureResult(accumulator: FeatureAccumulator, options: FeatureOptions = {}) {
  const want = (level: FeatureLevel) => accumulator.levels.has(level);
  const days = [...accumulator.days.values()].sort((a, b) => a.dayIndex - b.dayIndex);
  const first = days[0];
  const dataThrough = resolveDataThrough(accumulator, options);
  if (first === undefined || dataThrough === null) return emptyResult(accumulator.lineCount);
  const context: PeriodContext = { dataFrom: first.dayIndex, dataThrough };
  const { sales, returns } = tallyTickets(accumulator.tickets);
  const tallies: Tallies = {
    customers: countCustomers(accumulator.customers.values()),
    sales,
    returns,
  };
  const products = productRows(accumulator.products, accumulator.productDays, {
    day: want('product_day'),
    month: want('product_month'),
    profile: want('product'),
  });
  const customers = customerRows(accumulator.customers, accumulator.customerDays, {
    day: want('customer_day'),
    month: want('customer_month'),
    profile: want('customer'),
    dataThrough,
    churnDays: options.churnDays ?? 90,
  });
  return {
    data_from: formatDate(first.dayIndex),
    data_through: formatDate(dataThrough),
    lines: accumulator.lineCount,
    /** False when no line names a customer: every customer count is then 0 for lack of data. */
    has_customer_data: accumulator.customers.size > 0,
    levels: {
      day_hour: want('day_hour') ? dayHourRows(days, tallies) : [],
      day: want('day') ? dayRows(days, tallies, context) : [],
      week: want('week') ? rolledUpRows('week', days, tallies, context) : [],
      month: want('month') ? rolledUpRows('month', days, tallies, context) : [],
      quarter: want('quarter') ? rolledUpRows('quarter', days, tallies, context) : [],
      year: want('year') ? rolledUpRows('year', days, tallies, context) : [],
      product_day: products.product_day,
      product_month: products.product_month,
      product: products.product,
      customer_day: customers.customer_day,
      customer_month: customers.customer_month,
      customer: customers.customer,
      category_month: want('category_month') ? categoryMonthRows(accumulator.categories) : [],
      location_day: want('location_day') ? locationRows(accumulator.locations, 'day', dataThrough) : [],
      location_week: want('location_week') ? locationRows(accumulator.locations, 'week', dataThrough) : [],
      location_month: want('location_month') ? locationRows(accumulator.locations, 'month', dataThrough) : [],
      location_quarter: want('location_quarter')
        ? locationRows(accumulator.locations, 'quarter', dataThrough)
        : [],
      location_year: want('location_year') ? locationRows(accumulator.locations, 'year', dataThrough) : [],
    },
  };
}

export type FeatureResult = ReturnType<typeof buildFeatureResult>;
export type FeatureRows = FeatureResult['levels'];

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
