import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** A sale line as written by seeders and (later) ingestion; `localTime` is wall-clock time in the company's zone. */
export interface SaleLineInput {
  documentId: string;
  lineNo: number;
  localTime: string;
  locationName: string | null;
  sku: string;
  productName: string;
  category: string;
  customerId: string | null;
  unit: string;
  quantity: number;
  unitPrice: number;
  total: number;
  isReturn: boolean;
  /** Cost of the whole line (negative on a return, like its total); null or absent: not known. */
  costTotal?: number | null;
  /** Discount given on the line (`unitPrice × quantity − total`); null or absent: none recorded. */
  discountTotal?: number | null;
}

const BATCH = 5000;

/**
 * Inserts lines in batches through `unnest` (one statement per batch); an existing
 * line (same natural key) is skipped, so re-running an import never double-counts.
 * Returns how many lines were new.
 */
export async function insertSaleLines(
  db: Database,
  companyId: string,
  lines: SaleLineInput[],
): Promise<number> {
  // Natural key: the n-th line of a product within a document is occurrence n.
  const seen = new Map<string, number>();
  const occurrences = lines.map((l) => {
    const key = `${l.documentId}\u0000${l.sku}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n;
  });
  let inserted = 0;
  for (let start = 0; start < lines.length; start += BATCH) {
    const batch = lines.slice(start, start + BATCH);
    const occurrence = sql.param(occurrences.slice(start, start + BATCH));
    // sql.param keeps each column one array parameter instead of expanding it into a list.
    const col = <K extends keyof SaleLineInput>(key: K) => sql.param(batch.map((l) => l[key] ?? null));
    // Unit cost and margin follow from the line's cost, as ingestion infers them.
    const result = await db.execute(sql`
      insert into sale_lines (company_id, document_id, line_no, occurrence, sold_at, location_name, sku, product_name,
        category, customer_id, unit, quantity, unit_price, total, is_return, cost_total, cost_unit, margin,
        discount_total)
      select ${companyId}::uuid, d, n, o, (t::timestamp at time zone c.timezone), loc, sku, pn, cat, cust, u, q, p, tot, ret,
        ct, round(ct / nullif(q, 0), 2), tot - ct, dt
      from unnest(${col('documentId')}::text[], ${col('lineNo')}::int[], ${occurrence}::int[], ${col('localTime')}::text[],
        ${col('locationName')}::text[], ${col('sku')}::text[], ${col('productName')}::text[],
        ${col('category')}::text[], ${col('customerId')}::text[], ${col('unit')}::text[],
        ${col('quantity')}::numeric[], ${col('unitPrice')}::numeric[], ${col('total')}::numeric[],
        ${col('isReturn')}::boolean[], ${col('costTotal')}::numeric[], ${col('discountTotal')}::numeric[])
        as x(d, n, o, t, loc, sku, pn, cat, cust, u, q, p, tot, ret, ct, dt)
      cross join companies c where c.id = ${companyId}::uuid
      on conflict (company_id, document_id, sku, occurrence) do nothing`);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}

/** Rebuilds the company's daily rollup from its sale lines, in one transaction (idempotent). */
export async function rebuildDailySales(db: Database, companyId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`delete from daily_sales where company_id = ${companyId}::uuid`);
    const result = await tx.execute(sql`
      insert into daily_sales (company_id, day, gross_sales, returns, tickets, units, lines, refreshed_at)
      select s.company_id, (s.sold_at at time zone c.timezone)::date,
        coalesce(sum(s.total) filter (where not s.is_return), 0),
        coalesce(-sum(s.total) filter (where s.is_return), 0),
        count(distinct s.document_id) filter (where not s.is_return),
        coalesce(sum(s.quantity) filter (where s.unit = 'un'), 0),
        count(*), now()
      from sale_lines s join companies c on c.id = s.company_id
      where s.company_id = ${companyId}::uuid
      group by 1, 2`);
    return result.rowCount ?? 0;
  });
}

export async function countSaleLines(db: Database, companyId: string): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from sale_lines where company_id = ${companyId}::uuid`,
  );
  return result.rows[0]?.n ?? 0;
}
