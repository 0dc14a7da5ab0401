import { and, asc, type Column, eq, not, type SQL, sql } from 'drizzle-orm';
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
import { isDemoVisitorMembership } from './demo-visitors';

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
    .where(and(eq(memberships.companyId, companyId), not(isDemoVisitorMembership)))
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

/** A cursor name of its own (several may be open, one after another, in the export's transaction). */
const cursorName = () => sql.raw(`company_export_${Math.random().toString(36).slice(2, 10)}`);

/**
 * Runs `query` as a no-scroll cursor and yields its rows `pageSize` at a time: one plan and one
 * scan for the whole table (a fast-start plan, whatever the statistics say), a page fetched only
 * when the one before has been consumed. The cursor is closed at the end; one left open by a
 * reader that stopped early dies with the transaction.
 */
async function* cursorPages<Row extends Record<string, unknown>>(
  db: Database,
  query: SQL,
  pageSize: number,
): AsyncGenerator<Row[]> {
  const cursor = cursorName();
  await db.execute(sql`declare ${cursor} no scroll cursor for ${query}`);
  const fetch = sql`fetch forward ${sql.raw(String(Math.max(1, Math.floor(pageSize))))} from ${cursor}`;
  for (;;) {
    const { rows } = await db.execute<Row>(fetch);
    if (rows.length === 0) break;
    yield rows as Row[];
    if (rows.length < pageSize) break;
  }
  await db.execute(sql`close ${cursor}`);
}

/** A raw cursor row decoded as drizzle decodes a select of `columns` (numbers, dates, JSON). */
function decoded(columns: Record<string, Column>, raw: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns)) {
    const value = raw[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row;
}

const PAGED_QUERIES = {
  sale_lines: {
    columns: saleLineColumns,
    query: (db: Database, companyId: string) =>
      db
        .select(saleLineColumns)
        .from(saleLines)
        .where(eq(saleLines.companyId, companyId))
        .orderBy(asc(saleLines.id)),
  },
  audit_log: {
    columns: auditColumns,
    query: (db: Database, companyId: string) =>
      db
        .select(auditColumns)
        .from(auditLog)
        .where(eq(auditLog.companyId, companyId))
        .orderBy(asc(auditLog.id)),
  },
} satisfies Record<PagedExportTable, unknown>;

/**
 * Every row of a paged table, in id order, exactly as a drizzle select of its export columns
 * returns them, `pageSize` rows at a time (a cursor): memory holds one page whatever the size of
 * the company. In a repeatable-read transaction every page comes from the same snapshot.
 */
export async function* exportTablePages(
  db: Database,
  companyId: string,
  table: PagedExportTable,
  pageSize: number,
): AsyncGenerator<Array<Record<string, unknown>>> {
  const { columns, query } = PAGED_QUERIES[table];
  for await (const page of cursorPages(db, query(db, companyId).getSQL(), pageSize))
    yield page.map((raw) => decoded(columns as Record<string, Column>, raw));
}

export type StoredLevelExportRow = {
  entity: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  values: Record<string, unknown>;
};

/** Every stored row of one feature level, in (entity, period) order, `pageSize` rows at a time. */
export function storedLevelPages(
  db: Database,
  companyId: string,
  level: string,
  pageSize: number,
): AsyncGenerator<StoredLevelExportRow[]> {
  return cursorPages<StoredLevelExportRow>(
    db,
    sql`select f.entity, f.period, f.period_start::text as period_start, f.period_end::text as period_end,
        f."values"
      from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${level}
      order by f.entity, f.period`,
    pageSize,
  );
}

/** Every feature name the stored rows of a level carry, alphabetically. */
export async function storedLevelFields(db: Database, companyId: string, level: string): Promise<string[]> {
  const result = await db.execute<{ key: string }>(sql`
    select distinct jsonb_object_keys(f."values") as key
    from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${level}
    order by key`);
  return result.rows.map((r) => r.key);
}
