import type { CustomerSales, CustomersQuery } from '@ayni/contracts';
import { type LineSliceFilters, sumLineSlices } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import { centsOf, NOT_DERIVABLE } from './breakdown-math';
import { asDays, checkRange, type Nulls, type Page, parseSort, read } from './breakdown-query';
import { sliceSumView, sliceTickets, sortAndPage } from './slice-views';

/*
 * Customers over the exact days from/to, at one branch or company-wide: each identified
 * customer's lines themselves (no stored level crosses a customer with a branch or a period),
 * summed in SQL in the company's scope and computed as the engine computes a customer row.
 * Purchases, first and last purchase and the days since it are the slice's; churn is of the
 * customer's whole history, so it is left out.
 */

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export interface CustomerSliceFilters {
  location?: string;
  /** One customer's row only (none when they bought nothing in the slice). */
  customer?: string;
  from?: string;
  to?: string;
}

/** Every customer of the slice, unsorted, with the company's data_through. */
export async function customerSliceRows(
  ctx: ServiceContext,
  filters: CustomerSliceFilters,
): Promise<{ items: CustomerSales[]; dataThrough: string | null }> {
  const { result: slices, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, 'customer', filters),
  );
  const items = slices.map((s) => {
    const nulls: Nulls = {};
    const sums = sliceSumView(s, nulls);
    const bought = s.lastSale !== null;
    if (!bought) {
      for (const name of ['first_purchase', 'last_purchase', 'days_since_last_purchase']) {
        nulls[name] = 'NO_SALES';
      }
    }
    nulls.churned = filters.location !== undefined ? 'NOT_AT_LOCATION' : NOT_DERIVABLE;
    return {
      customer_id: s.key as string,
      first_purchase: s.firstSale,
      last_purchase: s.lastSale,
      purchases: s.transactions,
      purchase_days: s.daysSold,
      ...sums,
      ...sliceTickets(s, sums, nulls),
      days_since_last_purchase:
        bought && dataThrough !== null ? daysBetween(s.lastSale as string, dataThrough) : null,
      churned: null,
      nulls,
    };
  });
  // The contract's catch-all of extra fields cannot type `nulls`, as for the stored profiles.
  return { items: items as unknown as CustomerSales[], dataThrough };
}

/** One page of the customers of a slice, sorted as `/customers` sorts. */
export async function listCustomerSlices(
  ctx: ServiceContext,
  query: CustomersQuery,
): Promise<Page<CustomerSales>> {
  checkRange(query);
  const { items, dataThrough } = await customerSliceRows(ctx, {
    ...(query.location !== undefined ? { location: query.location } : {}),
    from: query.from,
    to: query.to,
  });
  const page = sortAndPage(items, parseSort(query.sort), (item) => item.customer_id, toLimitOffset(query));
  return {
    items: page,
    total: items.length,
    period: asDays(query),
    dataThrough,
  };
}

/**
 * Distinct identified customers with a sale line in the slice (any branch, product, category,
 * days of the week and hours over the exact days), and the slice's lines: none, no figure.
 */
export async function countSliceCustomers(
  ctx: ServiceContext,
  filters: LineSliceFilters,
): Promise<{ customers: number; lines: number }> {
  const { result } = await read(ctx, (tx) => sumLineSlices(tx, ctx.companyId, 'all', filters));
  const [slice] = result;
  return { customers: slice?.customers ?? 0, lines: slice?.lines ?? 0 };
}

/**
 * Identified customers who bought in the slice; of them, those who bought on two days or more,
 * and those with two tickets or more.
 */
export async function countBuyersInSlice(
  ctx: ServiceContext,
  filters: LineSliceFilters,
): Promise<{ customers: number; returning: number; repeat: number; revenueCents: number }> {
  const { result } = await read(ctx, (tx) => sumLineSlices(tx, ctx.companyId, 'customer', filters));
  const buyers = result.filter((s) => s.daysSold > 0);
  return {
    customers: buyers.length,
    // Their net sales in the slice (their returns in it taken off).
    revenueCents: buyers.reduce((sum, s) => sum + centsOf(s.revenue), 0),
    returning: buyers.filter((s) => s.daysSold >= 2).length,
    repeat: buyers.filter((s) => s.transactions >= 2).length,
  };
}
