import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from './helpers';

type Operation = { security?: unknown[] };

/**
 * Walks every route of the OpenAPI document that takes a company or resource id and asserts that
 * a user of company B gets 404 on company A's ids, for every method. A new route is covered as
 * soon as it is documented; a new kind of path id must be added to `idsOfA` (the test says so).
 */
describe('cross-tenant isolation: every id-taking route answers 404 to another tenant', () => {
  let t: TestApp;
  let tokenA: string;
  let tokenB: string;
  let idsOfA: Record<string, string>;
  let operations: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    const a = await createOwner(t.db, 'TenantA');
    const b = await createOwner(t.db, 'TenantB');
    tokenA = await loginAs(t.app, a.email, a.password);
    tokenB = await loginAs(t.app, b.email, b.password);

    // A's resources, written as the owner role so the fixture does not depend on the routes under test.
    const owner = t.owner.pool;
    const member = await owner.query<{ id: string }>(
      `insert into users (email, name, password_hash) values ($1, 'Miembro A', $2) returning id`,
      [`member-${randomUUID()}@example.cl`, await hashPassword('una clave bastante larga')],
    );
    const memberId = member.rows[0]?.id as string;
    await owner.query(`insert into memberships (company_id, user_id, role) values ($1, $2, 'viewer')`, [
      a.company.id,
      memberId,
    ]);
    const location = await owner.query<{ id: string }>(
      `insert into locations (company_id, name) values ($1, 'Local A') returning id`,
      [a.company.id],
    );
    const invitation = await owner.query<{ id: string }>(
      `insert into invitations (company_id, email, role, token_hash, expires_at)
       values ($1, 'invitee@example.cl', 'viewer', $2, now() + interval '7 days') returning id`,
      [a.company.id, randomUUID()],
    );
    const template = await owner.query<{ id: string }>(
      `insert into mapping_templates (company_id, name, header_key, headers, mapping)
       values ($1, 'Plantilla A', 'fecha', '["Fecha"]', '{"Fecha": {"field": "in_dt"}}') returning id`,
      [a.company.id],
    );
    // A finished report (row and stored PDF), for /reports/{reportId} and its download.
    const reportKey = `${a.company.id}/reports/report-a.pdf`;
    const pdf = await t.storage.put(reportKey, Readable.from(['%PDF-1.3\n']));
    const report = await owner.query<{ id: string }>(
      `insert into reports (company_id, role, period_kind, period, language, status, storage_key, size_bytes)
       values ($1, 'owner', 'month', '2025-10', 'es', 'completed', $2, $3) returning id`,
      [a.company.id, reportKey, pdf.size],
    );
    const apiKey = await owner.query<{ id: string }>(
      `insert into api_keys (company_id, name, prefix, key_hash, scopes)
       values ($1, 'POS A', 'ayni_aaaa', $2, '{analytics:read}') returning id`,
      [a.company.id, randomUUID().replaceAll('-', '')],
    );
    const webhook = await owner.query<{ id: string }>(
      `insert into webhooks (company_id, url, secret, events) values ($1, 'https://hooks.example.com/a', 'whsec_a', '{report.ready}') returning id`,
      [a.company.id],
    );
    const delivery = await owner.query<{ id: string }>(
      `insert into webhook_deliveries (company_id, webhook_id, event_type, event_id, payload)
       values ($1, $2, 'ping', $3, '{}') returning id`,
      [a.company.id, webhook.rows[0]?.id, randomUUID()],
    );
    const upload = await owner.query<{ id: string }>(
      `insert into uploads (company_id, filename, status) values ($1, 'ventas.csv', 'completed') returning id`,
      [a.company.id],
    );
    // One of the upload's built files (row and stored object), for /uploads/{uploadId}/files/{name}.
    const fileKey = `features/${a.company.id}/${upload.rows[0]?.id}/month.csv`;
    const { size } = await t.storage.put(fileKey, Readable.from(['\uFEFFperiod\r\n2025-10\r\n']));
    await owner.query(
      `insert into upload_files (company_id, upload_id, name, level, content_type, size_bytes, rows, storage_key)
       values ($1, $2, 'month.csv', 'month', 'text/csv; charset=utf-8', $3, 1, $4)`,
      [a.company.id, upload.rows[0]?.id, size, fileKey],
    );
    // A product and a customer of A's stored features (their ids are codes from the files).
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
    const product = { description: 'Producto A', category: null, unit_type: null, days_sold: 1 };
    const customer = {
      first_purchase: '2025-10-01',
      last_purchase: '2025-10-01',
      transactions: 1,
      returns: 0,
    };
    await owner.query(
      `insert into feature_rows (company_id, level, entity, period, values) values
         ($1, 'product', 'SKU-A', '', $2), ($1, 'customer', 'CLIENTE-A', '', $3)`,
      [
        a.company.id,
        { ...sums, ...product, avg_unit_price: 1000, revenue_share_pct: 100 },
        { ...sums, ...customer, avg_ticket: 1000, churned: false },
      ],
    );
    idsOfA = {
      productId: 'SKU-A',
      customerId: 'CLIENTE-A',
      name: 'month.csv',
      uploadId: upload.rows[0]?.id as string,
      companyId: a.company.id,
      userId: memberId,
      locationId: location.rows[0]?.id as string,
      invitationId: invitation.rows[0]?.id as string,
      templateId: template.rows[0]?.id as string,
      reportId: report.rows[0]?.id as string,
      webhookId: webhook.rows[0]?.id as string,
      keyId: apiKey.rows[0]?.id as string,
      deliveryId: delivery.rows[0]?.id as string,
      // Not an id: any valid section (another tenant gets 404 before it is read).
      section: 'products',
      // Not an id either: an explorer level to export.
      level: 'product',
    };

    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    operations = Object.entries(doc.paths)
      // Macro series are public data shared by every company: their {code} is no tenant's.
      .filter(
        ([path]) =>
          path.includes('{') && !path.startsWith('/api/v1/admin/') && !path.startsWith('/api/v1/macro/'),
      )
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
      );
  });
  afterAll(() => t.close());

  const urlFor = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const id = idsOfA[name];
      if (!id) throw new Error(`cross-tenant test: no fixture id for path parameter {${name}} in ${path}`);
      return id;
    });

  it('covers the company-scoped routes', () => {
    expect(operations.length).toBeGreaterThanOrEqual(2);
    expect(operations).toContainEqual({
      method: 'GET',
      path: '/api/v1/companies/{companyId}/dashboard/summary',
    });
  });

  it("answers 404 to user B on every method of every route with company A's ids", async () => {
    const failures: string[] = [];
    for (const { method, path } of operations) {
      const res = await t.app.inject({
        method: method as 'GET',
        url: urlFor(path),
        headers: bearer(tokenB),
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      if (res.statusCode !== 404)
        failures.push(`${method} ${path} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      else expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect(failures).toEqual([]);
  });

  it("still serves company A's own GET routes to A (the ids are real)", async () => {
    for (const { method, path } of operations.filter((o) => o.method === 'GET')) {
      const res = await t.app.inject({ method: 'GET', url: urlFor(path), headers: bearer(tokenA) });
      expect(res.statusCode, `${method} ${path}`).not.toBe(404);
    }
  });

  it("answers 404 to user B on the restore of A's company while it is deleted (grace period)", async () => {
    const path = '/api/v1/companies/{companyId}/restore';
    expect(operations).toContainEqual({ method: 'POST', path });
    // A company in its grace period, written as the owner role like the other fixtures.
    const deleted = await createOwner(t.db, 'TenantA borrada');
    await t.owner.pool.query(
      `update companies set deleted_at = now(), purge_after = now() + interval '30 days' where id = $1`,
      [deleted.company.id],
    );
    const url = path.replace('{companyId}', deleted.company.id);
    const res = await t.app.inject({ method: 'POST', url, headers: bearer(tokenB) });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const still = await t.owner.pool.query(`select deleted_at from companies where id = $1`, [
      deleted.company.id,
    ]);
    expect(still.rows[0].deleted_at).not.toBeNull();
  });

  it('left company A intact', async () => {
    const counts = await t.owner.pool.query(
      `select (select count(*)::int from companies where id = $1 and deleted_at is null) as companies,
              (select count(*)::int from memberships where company_id = $1) as members,
              (select count(*)::int from locations where company_id = $1) as locations`,
      [idsOfA.companyId],
    );
    expect(counts.rows[0]).toEqual({ companies: 1, members: 2, locations: 1 });
  });
});
