import { z } from 'zod';
import {
  analyticsList,
  clockFilters,
  locationFilter,
  productFilters,
  rangeQuery,
  salesFields,
  sortSchema,
} from './analytics';

/*
 * Sales by seller and by payment method: summed from the lines of the days from/to (no stored
 * level keeps them), with the same filters as the other slices.
 */

const ticketFields = {
  transactions: z.number().int(),
  returns: z.number().int(),
  /** The slice's net sales per ticket with a sale. */
  avg_ticket: z.number().nullable(),
  units_per_transaction: z.number().nullable(),
  lines_per_transaction: z.number().nullable(),
  /** Distinct identified customers with a sale line in the days asked. */
  customers: z.number().int(),
  months: z.number().int(),
  nulls: z.record(z.string(), z.string()),
};

export const SELLER_SORTS = [
  'revenue',
  'gross_sales',
  'units',
  'transactions',
  'avg_ticket',
  'gross_margin',
  'margin_pct',
  'commission',
  'seller',
] as const;
export const PAYMENT_METHOD_SORTS = [
  'revenue',
  'gross_sales',
  'units',
  'transactions',
  'avg_ticket',
  'payment_method',
] as const;

const sliceFilters = { ...locationFilter, ...productFilters, ...clockFilters };
export const sellersQuerySchema = rangeQuery.extend({ sort: sortSchema(SELLER_SORTS), ...sliceFilters });
export const paymentMethodsQuerySchema = rangeQuery.extend({
  sort: sortSchema(PAYMENT_METHOD_SORTS),
  ...sliceFilters,
});

export const sellerSalesSchema = z.object({
  /** As the files name the seller; null for lines without one. */
  seller: z.string().nullable(),
  ...salesFields,
  ...ticketFields,
});
export const paymentMethodSalesSchema = z.object({
  /** As the files write it (EFECTIVO, DEBITO…); null for lines without one. */
  payment_method: z.string().nullable(),
  ...salesFields,
  ...ticketFields,
});

export const sellersResponseSchema = analyticsList(sellerSalesSchema);
export const paymentMethodsResponseSchema = analyticsList(paymentMethodSalesSchema);

export type SellersQuery = z.infer<typeof sellersQuerySchema>;
export type PaymentMethodsQuery = z.infer<typeof paymentMethodsQuerySchema>;
export type SellerSales = z.infer<typeof sellerSalesSchema>;
export type PaymentMethodSales = z.infer<typeof paymentMethodSalesSchema>;
