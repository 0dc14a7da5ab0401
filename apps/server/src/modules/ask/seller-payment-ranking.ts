import {
  type AskMetric,
  type AskPeriod,
  type AskQuery,
  paymentMethodsQuerySchema,
  sellersQuerySchema,
} from '@ayni/contracts';
import { companyLinesHave } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { read } from '../analytics/breakdown-query';
import { listPaymentMethodSales, listSellerSales } from '../analytics/seller-payment-sales';
import { AskRefusal } from './ask-refusal';
import { ENTITY_SALES_METRICS } from './execute-value';
import { type Row, sumMetric } from './metric-sums';
import { all, range } from './read-sources';
import { sliceParams } from './slice-params';

/*
 * Sales by seller or by payment method for Ask: each one's lines over the exact days asked,
 * with the query's branch, product, category, weekdays and hours (`/sellers`, `/payment-methods`).
 */

const PAGE = 200;
const SLICE = ['location', 'product', 'category', 'clock'] as const;

/** What a product's or a category's lines give: the line sums (not a share: no whole is listed). */
const LINE_METRICS = ENTITY_SALES_METRICS.filter((metric) => metric !== 'revenue_share_pct');
/**
 * Without a product or a category a seller's (or payment method's) lines are whole tickets: their
 * tickets and averages too. With one, the tickets would hold other products' sales.
 */
const TICKET_METRICS: readonly AskMetric[] = [
  ...LINE_METRICS,
  'transactions',
  'returns',
  'avg_ticket',
  'units_per_transaction',
  // Distinct identified customers with a sale in the seller's (or payment method's) lines.
  'customers',
];

/** Each seller (or payment method) of the query with its figure; refused when the files name none. */
export async function keyedBySellerOrPayment(ctx: ServiceContext, query: AskQuery, period: AskPeriod | null) {
  const { by, metric, filters } = query;
  if (filters.customer) throw new AskRefusal('combination');
  const lineSlice = filters.product !== null || filters.category !== null;
  if (!(lineSlice ? LINE_METRICS : TICKET_METRICS).includes(metric))
    throw new AskRefusal('metric_not_at_level');
  const params = (page: number) => ({
    ...range(period),
    ...sliceParams(filters, SLICE),
    page,
    page_size: PAGE,
  });
  const rows =
    by === 'seller'
      ? (await all((page) => listSellerSales(ctx, sellersQuerySchema.parse(params(page))))).items.map(
          (item) => ({ key: item.seller, row: item as unknown as Row }),
        )
      : (
          await all((page) => listPaymentMethodSales(ctx, paymentMethodsQuerySchema.parse(params(page))))
        ).items.map((item) => ({ key: item.payment_method, row: item as unknown as Row }));
  // Lines without a seller (or a payment method) are no one's: left out, and when no line has
  // one the files do not say it.
  const named = rows.filter((item): item is { key: string; row: Row } => item.key !== null);
  // Lines without a seller (or a payment method) are no one's: left out. When no line of the
  // company names one, the files do not say it (whatever the slice asked).
  const column = by === 'seller' ? 'seller' : 'payment_method';
  if (named.length === 0 && !(await read(ctx, (tx) => companyLinesHave(tx, ctx.companyId, column))).result) {
    throw new AskRefusal(by === 'seller' ? 'no_sellers' : 'no_payment_methods');
  }
  return {
    items: named.map(({ key, row }) => ({ key, label: key, value: sumMetric([row], metric).value })),
    months: null,
  };
}
