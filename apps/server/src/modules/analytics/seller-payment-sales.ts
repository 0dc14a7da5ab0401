import type { PaymentMethodSales, PaymentMethodsQuery, SellerSales, SellersQuery } from '@ayni/contracts';
import { sumLineSlices } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { toLimitOffset } from '../../lib/pagination';
import { asDays, checkRange, type Nulls, type Page, parseSort, read } from './breakdown-query';
import { filtersOf } from './slice-breakdowns';
import { sliceSumView, sliceTickets, sortAndPage } from './slice-views';

/*
 * Sales by seller and by payment method (`in_seller`, `in_payment_method`): no stored level
 * keeps them, so they are summed from the lines of the days from/to, as the other slices are.
 */

async function sumsBy(
  ctx: ServiceContext,
  group: 'seller' | 'payment_method',
  query: Omit<SellersQuery, 'sort'>,
) {
  checkRange(query);
  const { result, dataThrough } = await read(ctx, (tx) =>
    sumLineSlices(tx, ctx.companyId, group, filtersOf(query)),
  );
  const items = result.map((s) => {
    const nulls: Nulls = {};
    const sums = sliceSumView(s, nulls);
    return {
      key: s.key,
      ...sums,
      ...sliceTickets(s, sums, nulls),
      customers: s.customers,
      months: s.months,
      nulls,
    };
  });
  return { items, dataThrough };
}

export async function listSellerSales(ctx: ServiceContext, query: SellersQuery): Promise<Page<SellerSales>> {
  const { items, dataThrough } = await sumsBy(ctx, 'seller', query);
  const sellers = items.map(({ key, ...rest }) => ({ seller: key, ...rest }));
  const page = sortAndPage(sellers, parseSort(query.sort), (item) => item.seller ?? '', toLimitOffset(query));
  return { items: page, total: sellers.length, period: asDays(query), dataThrough };
}

export async function listPaymentMethodSales(
  ctx: ServiceContext,
  query: PaymentMethodsQuery,
): Promise<Page<PaymentMethodSales>> {
  const { items, dataThrough } = await sumsBy(ctx, 'payment_method', query);
  const methods = items.map(({ key, ...rest }) => ({ payment_method: key, ...rest }));
  const page = sortAndPage(
    methods,
    parseSort(query.sort),
    (item) => item.payment_method ?? '',
    toLimitOffset(query),
  );
  return { items: page, total: methods.length, period: asDays(query), dataThrough };
}
