import type { AskPeriod, AskQuery } from '@ayni/contracts';
import type { LineSliceFilters } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { moneyPer } from '../analytics/breakdown-math';
import { countBuyersInSlice, countSliceCustomers } from '../analytics/customer-slices';
import { AskRefusal } from './ask-refusal';
import { type Figure, sumMetric } from './metric-sums';
import { periodRows } from './read-sources';

/*
 * Distinct customers of any slice, and those who came back. Distinct customers do not add up
 * over stored rows (one buying on two days is one customer), so a period with a row of its own
 * (a month, a week, a day) is read as the dashboards show it and any other slice (a free range,
 * a product, Saturdays, the mornings, all the data) counts its own lines.
 */

const NO_DATA: Figure = { value: null, missing: 'no_data' };

function lineFilters(query: AskQuery, period: AskPeriod | null): LineSliceFilters {
  const { location, product, category, weekdays, hours } = query.filters;
  return {
    ...(period ? { from: period.from, to: period.to } : {}),
    ...(location ? { location } : {}),
    ...(product ? { product } : {}),
    ...(category ? { category } : {}),
    ...(weekdays ? { weekdays } : {}),
    ...(hours ? { hourFrom: hours.from, hourTo: hours.to } : {}),
  };
}

/**
 * `customers`, `returning_customers` or `repeat_customers` of the query's slice in `period`. Returning customers are
 * those of the period who had bought before it (at that branch, when one is named), as the
 * catalog defines them: the period's customers less its new ones. Over all the data, those who
 * bought on more than one day. New customers are counted per branch or company, so returning
 * ones of a product, a category or some hours are refused.
 */
export async function customerCount(
  ctx: ServiceContext,
  query: AskQuery,
  period: AskPeriod | null,
): Promise<Figure> {
  const { filters, metric } = query;
  const sliced =
    filters.product !== null ||
    filters.category !== null ||
    filters.weekdays !== null ||
    filters.hours !== null;
  if (filters.unit !== null || filters.customer !== null) throw new AskRefusal('metric_not_at_level');
  if (metric === 'returning_customers' && sliced) throw new AskRefusal('metric_not_at_level');
  const slice = lineFilters(query, period);
  if (metric === 'returning_customers' && period === null) {
    const { customers, returning } = await countBuyersInSlice(ctx, slice);
    return customers === 0 ? NO_DATA : { value: returning };
  }
  // What an identified customer bought in the slice on average: their net sales over their number.
  if (metric === 'revenue_per_customer') {
    const { customers, revenueCents } = await countBuyersInSlice(ctx, slice);
    return customers === 0 ? NO_DATA : { value: moneyPer(revenueCents, customers) };
  }
  // Customers with two tickets or more in the slice: no stored level keeps them.
  if (metric === 'repeat_customers') {
    const { customers, repeat } = await countBuyersInSlice(ctx, slice);
    return customers === 0 ? NO_DATA : { value: repeat };
  }
  // A period with a stored row of its own (a month, a week, a day) is read as the dashboards show it.
  const rows = sliced || period === null ? [] : await periodRows(ctx, period, filters.location);
  if (rows.length === 1) return sumMetric(rows, metric);
  const { customers, lines } = await countSliceCustomers(ctx, slice);
  if (lines === 0) return NO_DATA;
  if (metric === 'customers') return { value: customers };
  // A free range's rows are its days; each customer is new on one day only, so the days' new
  // customers add up to the range's.
  const fresh = rows.reduce(
    (sum, row) => sum + (typeof row.new_customers === 'number' ? row.new_customers : 0),
    0,
  );
  return { value: customers - fresh };
}
