import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  auditLog,
  companies,
  dailySales,
  invitations,
  locations,
  memberships,
  saleLines,
  users,
} from '../schema';

// What leaves the platform in a data export, table by table, with snake_case column names.
// Never secrets: no password hashes, 2FA secrets or invitation token hashes.
const companyColumns = {
  id: companies.id,
  name: companies.name,
  rut: companies.rut,
  industry: companies.industry,
  size: companies.size,
  region: companies.region,
  timezone: companies.timezone,
  created_at: companies.createdAt,
};
const locationColumns = {
  id: locations.id,
  name: locations.name,
  address: locations.address,
  created_at: locations.createdAt,
};
const memberColumns = {
  user_id: memberships.userId,
  name: users.name,
  email: users.email,
  role: memberships.role,
  joined_at: memberships.createdAt,
};
const invitationColumns = {
  id: invitations.id,
  email: invitations.email,
  role: invitations.role,
  invited_by: invitations.invitedBy,
  expires_at: invitations.expiresAt,
  accepted_at: invitations.acceptedAt,
  revoked_at: invitations.revokedAt,
  created_at: invitations.createdAt,
};
const saleLineColumns = {
  id: saleLines.id,
  document_id: saleLines.documentId,
  line_no: saleLines.lineNo,
  sold_at: saleLines.soldAt,
  location_name: saleLines.locationName,
  sku: saleLines.sku,
  product_name: saleLines.productName,
  category: saleLines.category,
  customer_id: saleLines.customerId,
  unit: saleLines.unit,
  quantity: saleLines.quantity,
  unit_price: saleLines.unitPrice,
  total: saleLines.total,
  is_return: saleLines.isReturn,
};
const dailySalesColumns = {
  day: dailySales.day,
  gross_sales: dailySales.grossSales,
  returns: dailySales.returns,
  tickets: dailySales.tickets,
  units: dailySales.units,
  lines: dailySales.lines,
  refreshed_at: dailySales.refreshedAt,
};
const auditColumns = {
  id: auditLog.id,
  user_id: auditLog.userId,
  action: auditLog.action,
  target_type: auditLog.targetType,
  target_id: auditLog.targetId,
  ip: auditLog.ip,
  user_agent: auditLog.userAgent,
  metadata: auditLog.metadata,
  created_at: auditLog.createdAt,
};

export const EXPORT_TABLES = {
  company: Object.keys(companyColumns),
  locations: Object.keys(locationColumns),
  members: Object.keys(memberColumns),
  invitations: Object.keys(invitationColumns),
  sale_lines: Object.keys(saleLineColumns),
  daily_sales: Object.keys(dailySalesColumns),
  audit_log: Object.keys(auditColumns),
} as const;

export type ExportTable = keyof typeof EXPORT_TABLES;
export type ExportRows = Record<ExportTable, Array<Record<string, unknown>>>;

/** Tables that grow with the business: read a page at a time (`exportTablePages`). */
export const PAGED_EXPORT_TABLES = ['sale_lines', 'audit_log'] as const;
export type PagedExportTable = (typeof PAGED_EXPORT_TABLES)[number];
/** Tables bounded by the company's setup or its calendar: read whole (`readSmallExportTables`). */
export type SmallExportTable = Exclude<ExportTable, PagedExportTable>;

/**
 * The small tables of the company's export, whole, and how many rows the paged ones have (run in
 * the company's scope; in the export's snapshot, so the counts match the pages read later).
 */
export async function readSmallExportTables(
  db: Database,
  companyId: string,
): Promise<{
  rows: Record<SmallExportTable, Array<Record<string, unknown>>>;
  counts: Record<PagedExportTable, number>;
}> {
  // Sequential on purpose: one transaction, one connection.
  const company = await db.select(companyColumns).from(companies).where(eq(companies.id, companyId));
  const locationRows = await db
    .select(locationColumns)
    .from(locations)
    .where(eq(locations.companyId, companyId))
    .orderBy(asc(locations.createdAt), asc(locations.id));
  const members = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.companyId, companyId))
    .orderBy(asc(memberships.createdAt), asc(users.email));
  const invitationRows = await db
    .select(invitationColumns)
    .from(invitations)
    .where(eq(invitations.companyId, companyId))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
  // One row per day: bounded by the calendar, not by the number of lines.
  const daily = await db
    .select(dailySalesColumns)
    .from(dailySales)
    .where(eq(dailySales.companyId, companyId))
    .orderBy(asc(dailySales.day));
  const counted = await db.execute<{ sale_lines: number; audit_log: number }>(sql`select
    (select count(*)::int from sale_lines where company_id = ${companyId}::uuid) as sale_lines,
    (select count(*)::int from audit_log where company_id = ${companyId}::uuid) as audit_log`);
  const counts = counted.rows[0] ?? { sale_lines: 0, audit_log: 0 };
  return {
    rows: { company, locations: locationRows, members, invitations: invitationRows, daily_sales: daily },
    counts: { sale_lines: Number(counts.sale_lines), audit_log: Number(counts.audit_log) },
  };
}

/** One page of a paged table: the rows after id `afterId`, in id order (keyset on the primary key). */
function readExportPage(
  db: Database,
  companyId: string,
  table: PagedExportTable,
  afterId: number,
  limit: number,
) {
  if (table === 'sale_lines')
    return db
      .select(saleLineColumns)
      .from(saleLines)
      .where(and(eq(saleLines.companyId, companyId), gt(saleLines.id, afterId)))
      .orderBy(asc(saleLines.id))
      .limit(limit);
  return db
    .select(auditColumns)
    .from(auditLog)
    .where(and(eq(auditLog.companyId, companyId), gt(auditLog.id, afterId)))
    .orderBy(asc(auditLog.id))
    .limit(limit);
}

/**
 * Every row of a paged table, in id order, `pageSize` rows at a time: a page is read only when the
 * one before has been consumed, so memory holds one page whatever the size of the company. In a
 * repeatable-read transaction every page comes from the same snapshot.
 */
export async function* exportTablePages(
  db: Database,
  companyId: string,
  table: PagedExportTable,
  pageSize: number,
): AsyncGenerator<Array<Record<string, unknown>>> {
  let afterId = 0;
  for (;;) {
    const page: Array<Record<string, unknown> & { id: number }> = await readExportPage(
      db,
      companyId,
      table,
      afterId,
      pageSize,
    );
    if (page.length === 0) return;
    afterId = (page[page.length - 1] as { id: number }).id;
    yield page;
    if (page.length < pageSize) return;
  }
}

export type StoredLevelExportRow = {
  entity: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  values: Record<string, unknown>;
};

/**
 * Every stored row of one feature level, in (entity, period) order, `pageSize` rows at a time
 * (keyset on the primary key, like `exportTablePages`).
 */
export async function* storedLevelPages(
  db: Database,
  companyId: string,
  level: string,
  pageSize: number,
): AsyncGenerator<StoredLevelExportRow[]> {
  let after: { entity: string; period: string } | null = null;
  for (;;) {
    const result: { rows: StoredLevelExportRow[] } = await db.execute<StoredLevelExportRow>(sql`
      select f.entity, f.period, f.period_start::text as period_start, f.period_end::text as period_end,
        f."values"
      from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${level}
        ${after ? sql`and (f.entity, f.period) > (${after.entity}, ${after.period})` : sql``}
      order by f.entity, f.period
      limit ${pageSize}`);
    const page = result.rows;
    if (page.length === 0) return;
    const last = page[page.length - 1] as StoredLevelExportRow;
    after = { entity: last.entity, period: last.period };
    yield page;
    if (page.length < pageSize) return;
  }
}

/** Every feature name the stored rows of a level carry, alphabetically. */
export async function storedLevelFields(db: Database, companyId: string, level: string): Promise<string[]> {
  const result = await db.execute<{ key: string }>(sql`
    select distinct jsonb_object_keys(f."values") as key
    from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${level}
    order by key`);
  return result.rows.map((r) => r.key);
}
