import type { CustomerSales, CustomersQuery } from '@ayni/contracts';
import { sumLineSlices } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import { asDays, checkRange, type Nulls, type Page, parseSort, read } from './breakdown-query';
import { sliceSumView, sliceTickets, sortAndPage } from './slice-views';

/*
 * Customers at one branch: each identified customer's lines at that branch over the days
 * from/to themselves (no stored level crosses a customer with a branch), summed in SQL in the
 * company's scope and computed as the engine computes a customer row. Purchases, first and last
 * purchase and the days since it are the branch's; churn is company-wide, so it is left out.
 */

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export async function listCustomersAtLocation(
  ctx: ServiceContext,
  query: CustomersQuery & { location: string },
): Promise<Page<CustomerSales>> {
  checkRange(query);
  const { result: slices, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, 'customer', {
      location: query.location,
      from: query.from,
      to: query.to,
    }),
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
    nulls.churned = 'NOT_AT_LOCATION';
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
  const page = sortAndPage(items, parseSort(query.sort), (item) => item.customer_id, toLimitOffset(query));
  // The contract's catch-all of extra fields cannot type `nulls`, as for the stored profiles.
  return {
    items: page as unknown as CustomerSales[],
    total: items.length,
    period: asDays(query),
    dataThrough,
  };
}
