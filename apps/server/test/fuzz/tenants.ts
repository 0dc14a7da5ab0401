import { randomUUID } from 'node:crypto';
import type { TestApp } from '../helpers';
import { createOwner, loginAs } from '../helpers';

/** Appears in company B's data only: any answer to A that contains it leaks B. */
export const B_MARKER = 'ZQXBMARK';

export interface Tenant {
  token: string;
  /** Path-parameter values naming this tenant's resources, by parameter name. */
  ids: Record<string, string>;
}

/**
 * A company with one of each resource a path can name, written as the owner role (so the fixture
 * does not depend on the routes under test); every text of B carries B_MARKER.
 */
export async function plantTenant(t: TestApp, label: string, marker: string): Promise<Tenant> {
  const owner = await createOwner(t.db, `${marker} ${label}`);
  const token = await loginAs(t.app, owner.email, owner.password);
  const companyId = owner.company.id;
  const q = async (sql: string, params: unknown[]) =>
    ((await t.owner.pool.query<{ id: string }>(sql, params)).rows[0]?.id ?? '') as string;
  const member = await q(`insert into users (email, name, password_hash) values ($1, $2, 'x') returning id`, [
    `${marker.toLowerCase()}-${randomUUID()}@example.cl`,
    `${marker} Miembro`,
  ]);
  await t.owner.pool.query(`insert into memberships (company_id, user_id, role) values ($1, $2, 'viewer')`, [
    companyId,
    member,
  ]);
  const location = await q(`insert into locations (company_id, name) values ($1, $2) returning id`, [
    companyId,
    `${marker} Local`,
  ]);
  const invitation = await q(
    `insert into invitations (company_id, email, role, token_hash, expires_at)
     values ($1, $2, 'viewer', $3, now() + interval '7 days') returning id`,
    [companyId, `${marker.toLowerCase()}-invitado@example.cl`, randomUUID()],
  );
  const template = await q(
    `insert into mapping_templates (company_id, name, header_key, headers, mapping)
     values ($1, $2, 'fecha', '["Fecha"]', '{"Fecha": {"field": "in_dt"}}') returning id`,
    [companyId, `${marker} Plantilla`],
  );
  const upload = await q(
    `insert into uploads (company_id, filename, status) values ($1, $2, 'completed') returning id`,
    [companyId, `${marker}-ventas.csv`],
  );
  const sums = {
    revenue: 1000,
    gross_sales: 1000,
    returned_amount: 0,
    units: 1,
    lines: 1,
    sale_lines: 1,
    return_lines: 0,
    cost: null,
    revenue_with_cost: 0,
    gross_margin: null,
    margin_pct: null,
    cost_coverage_pct: 0,
    discount: null,
    nulls: {},
  };
  await t.owner.pool.query(
    `insert into feature_rows (company_id, level, entity, period, values) values
       ($1, 'product', $2, '', $4), ($1, 'customer', $3, '', $5)`,
    [
      companyId,
      `${marker}-SKU`,
      `${marker}-CLIENTE`,
      {
        ...sums,
        description: `${marker} Producto`,
        category: `${marker} Categoría`,
        unit_type: null,
        days_sold: 1,
        avg_unit_price: 1000,
        revenue_share_pct: 100,
      },
      {
        ...sums,
        first_purchase: '2025-10-01',
        last_purchase: '2025-10-01',
        transactions: 1,
        returns: 0,
        avg_ticket: 1000,
        churned: false,
      },
    ],
  );
  return {
    token,
    ids: {
      companyId,
      userId: member,
      locationId: location,
      invitationId: invitation,
      templateId: template,
      uploadId: upload,
      productId: `${marker}-SKU`,
      customerId: `${marker}-CLIENTE`,
      name: 'month.csv',
      section: 'products',
    },
  };
}
