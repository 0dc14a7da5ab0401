import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companies } from './accounts';

// The sales themselves: one row per imported line (natural key first) and the daily rollup.

/**
 * One row per sold (or returned) line of a ticket. Returns carry negative quantity and amounts.
 * Natural key: (company, document, product, occurrence of that product within the document),
 * so re-uploading a file updates lines instead of adding them twice.
 */
export const saleLines = pgTable(
  'sale_lines',
  {
    // No foreign key on purpose: its per-row check was a third of a bulk import's write time.
    // The company's lines are deleted explicitly when it is purged (purgeCompany).
    companyId: uuid('company_id').notNull(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    /**
     * `in_trans_id`: the ticket, invoice or credit note. This and `sku` are COLLATE "C" (migration
     * 0023; drizzle has no column collation): the natural key compares them bytewise.
     */
    documentId: text('document_id').notNull(),
    /** Position of the line within its document (1-based). */
    lineNo: integer('line_no').notNull(),
    /** `in_product_id` */
    sku: text('sku').notNull(),
    /** 1 for the first line of this product in the document, 2 for the second, ... */
    occurrence: integer('occurrence').notNull().default(1),
    soldAt: timestamp('sold_at', { withTimezone: true }).notNull(),
    locationName: text('location_name'),
    productName: text('product_name'),
    category: text('category'),
    customerId: text('customer_id'),
    unit: text('unit'),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPrice: numeric('unit_price', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    total: numeric('total', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    isReturn: boolean('is_return').notNull().default(false),
    transType: text('trans_type'),
    documentType: text('document_type'),
    stock: numeric('stock', { precision: 16, scale: 3, mode: 'number' }),
    costUnit: numeric('cost_unit', { precision: 16, scale: 2, mode: 'number' }),
    costTotal: numeric('cost_total', { precision: 16, scale: 2, mode: 'number' }),
    discountTotal: numeric('discount_total', { precision: 16, scale: 2, mode: 'number' }),
    margin: numeric('margin', { precision: 16, scale: 2, mode: 'number' }),
    /** The seller's commission on the line (`in_commission`), negative on returns. */
    commission: numeric('commission', { precision: 16, scale: 2, mode: 'number' }),
    /** `in_seller`: who sold the line, as the file names them. */
    seller: text('seller'),
    /** `in_payment_method`: how the ticket was paid, as the file writes it. */
    paymentMethod: text('payment_method'),
    /** Source columns that map to no canonical field, kept as written. */
    extra: jsonb('extra'),
    /** The upload that last wrote this line (null for seeded data). */
    uploadId: uuid('upload_id'),
    /** Line of the source file it came from, for support questions. */
    sourceLine: integer('source_line'),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('sale_lines_natural_key').on(t.companyId, t.documentId, t.sku, t.occurrence),
    // Deleting an upload's lines scans the company's lines instead of keeping an index on
    // upload_id that every import would have to maintain.
    index('sale_lines_company_sold_at_idx').on(t.companyId, t.soldAt),
  ],
);

/** Daily rollup written by the `analytics.refresh` job; rebuilt whole for a company, so re-runs are harmless. */
export const dailySales = pgTable(
  'daily_sales',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    /** Sum of sale lines (returns excluded), CLP. */
    grossSales: numeric('gross_sales', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    /** Sum of credit-note lines as a positive amount, CLP. */
    returns: numeric('returns', { precision: 18, scale: 2, mode: 'number' }).notNull(),
    /** Distinct sale documents (credit notes excluded). */
    tickets: integer('tickets').notNull(),
    /** Net quantity of products sold by the unit ('un'); weighed products are not units. */
    units: numeric('units', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    lines: integer('lines').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.day] })],
);
