import { asc, eq } from 'drizzle-orm';
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

/** Every row of the company's data, table by table (run in the company's scope, one snapshot). */
export async function readCompanyExport(db: Database, companyId: string): Promise<ExportRows> {
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
  const sales = await db
    .select(saleLineColumns)
    .from(saleLines)
    .where(eq(saleLines.companyId, companyId))
    .orderBy(asc(saleLines.id));
  const daily = await db
    .select(dailySalesColumns)
    .from(dailySales)
    .where(eq(dailySales.companyId, companyId))
    .orderBy(asc(dailySales.day));
  const audit = await db
    .select(auditColumns)
    .from(auditLog)
    .where(eq(auditLog.companyId, companyId))
    .orderBy(asc(auditLog.id));
  return {
    company,
    locations: locationRows,
    members,
    invitations: invitationRows,
    sale_lines: sales,
    daily_sales: daily,
    audit_log: audit,
  };
}
