import { findJob, inCompany, insertSaleLines, type SaleLineInput } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  buildTestApp,
  createOwner,
  eventually,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import { addMember, companyBody, tokenOf } from '../../../test/people';
import { PURGE_JOB_ID, purgeDeletedCompanies } from './company-deletion.service';

const sale = (documentId: string, total: number): SaleLineInput => ({
  documentId,
  lineNo: 1,
  localTime: '2026-05-04T10:00:00',
  locationName: 'Casa Matriz',
  sku: 'SKU-1',
  productName: 'Producto',
  category: 'Abarrotes',
  customerId: null,
  unit: 'un',
  quantity: 1,
  unitPrice: total,
  total,
  isReturn: false,
});

const TABLES = ['memberships', 'locations', 'sale_lines', 'daily_sales', 'invitations', 'audit_log'];

describe('company deletion (soft delete, then purge)', () => {
  let t: TestApp;
  let doomed: Awaited<ReturnType<typeof createOwner>>;
  let kept: Awaited<ReturnType<typeof createOwner>>;
  let ownerToken: string;
  let coOwnerToken: string;
  let adminToken: string;

  const rows = async (companyId: string) => {
    const counts: Record<string, number> = {};
    for (const table of [...TABLES, 'companies']) {
      const column = table === 'companies' ? 'id' : 'company_id';
      const res = await t.owner.pool.query(`select count(*)::int as n from ${table} where ${column} = $1`, [
        companyId,
      ]);
      counts[table] = res.rows[0].n;
    }
    return counts;
  };
  const runPurge = async () => {
    await t.queue.enqueue('companies.purge', {}, { jobId: PURGE_JOB_ID });
    await eventually(async () =>
      (await findJob(t.db.db, PURGE_JOB_ID))?.status === 'completed' ? true : undefined,
    );
  };

  beforeAll(async () => {
    t = await buildTestApp();
    doomed = await createOwner(t.db, 'Condenada');
    kept = await createOwner(t.db, 'Sigue');
    ownerToken = await loginAs(t.app, doomed.email, doomed.password);
    coOwnerToken = await tokenOf(t.app, await addMember(t.db, doomed.company.id, 'owner'));
    adminToken = await tokenOf(t.app, await addMember(t.db, doomed.company.id, 'admin'));
    for (const c of [doomed, kept]) {
      await inCompany(t.db.db, c.company.id, (tx) =>
        insertSaleLines(tx, c.company.id, [sale(`${c.company.id}-1`, 1000), sale(`${c.company.id}-2`, 500)]),
      );
      const token = c === doomed ? ownerToken : await loginAs(t.app, kept.email, kept.password);
      const url = `/api/v1/companies/${c.company.id}`;
      // Through the API, so the rollup, locations, invitations and audit rows are real.
      await t.app.inject({ method: 'POST', url: `${url}/analytics/refresh`, headers: bearer(token) });
      await t.app.inject({
        method: 'POST',
        url: `${url}/locations`,
        headers: bearer(token),
        payload: { name: 'L' },
      });
      await t.app.inject({
        method: 'POST',
        url: `${url}/invitations`,
        headers: bearer(token),
        payload: { email: `nueva-${c.company.id}@example.cl`, role: 'viewer' },
      });
    }
    await eventually(async () => (((await rows(doomed.company.id)).daily_sales ?? 0) > 0 ? true : undefined));
    await eventually(async () => (((await rows(kept.company.id)).daily_sales ?? 0) > 0 ? true : undefined));
  });
  afterAll(() => t.close());

  it('lets only owners delete the company', async () => {
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${doomed.company.id}`,
      headers: bearer(adminToken),
    });
    expect(res.statusCode).toBe(403);
  });

  it('hides a deleted company from every route at once, for every member', async () => {
    const before = Date.now();
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/companies/${doomed.company.id}`,
      headers: bearer(ownerToken),
    });
    expect(res.statusCode).toBe(200);
    const { deleted_at, purge_after } = res.json().data;
    const days = (Date.parse(purge_after) - Date.parse(deleted_at)) / 86_400_000;
    expect(days).toBe(30);
    expect(Date.parse(deleted_at)).toBeGreaterThanOrEqual(before - 5000);

    const base = `/api/v1/companies/${doomed.company.id}`;
    for (const token of [ownerToken, coOwnerToken, adminToken]) {
      for (const url of [
        base,
        `${base}/dashboard/summary`,
        `${base}/locations`,
        `${base}/members`,
        `${base}/invitations`,
        `${base}/audit`,
        `${base}/export`,
      ]) {
        const r = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
        expect(r.statusCode, url).toBe(404);
      }
      const again = await t.app.inject({ method: 'DELETE', url: base, headers: bearer(token) });
      expect(again.statusCode).toBe(404);
      const mine = await t.app.inject({ method: 'GET', url: '/api/v1/companies', headers: bearer(token) });
      expect(mine.json().data).toEqual([]);
    }
    // The data is still there during the grace period, with the deletion in its audit log.
    const counts = await rows(doomed.company.id);
    expect(counts).toMatchObject({ companies: 1, sale_lines: 2, locations: 1 });
    const audit = await t.owner.pool.query(`select action from audit_log where company_id = $1`, [
      doomed.company.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toContain('company.deleted');
  });

  it('keeps the RUT taken during the grace period', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: bearer(adminToken),
      payload: companyBody(doomed.company.rut),
    });
    expect(res.statusCode).toBe(409);
  });

  it('does not purge before the grace period is over', async () => {
    await runPurge();
    expect((await rows(doomed.company.id)).companies).toBe(1);
  });

  it('purges every row of the company once the grace period is over, and nothing else', async () => {
    const keptBefore = await rows(kept.company.id);
    expect(keptBefore).toMatchObject({ companies: 1, sale_lines: 2, locations: 1, invitations: 1 });
    expect(keptBefore.daily_sales).toBeGreaterThan(0);
    expect(keptBefore.audit_log).toBeGreaterThan(0);
    await t.owner.pool.query(`update companies set purge_after = now() - interval '1 minute' where id = $1`, [
      doomed.company.id,
    ]);
    await runPurge();
    expect(await rows(doomed.company.id)).toEqual(
      Object.fromEntries([...TABLES, 'companies'].map((k) => [k, 0])),
    );
    expect(await rows(kept.company.id)).toEqual(keptBefore);
    // Its members keep their accounts; the RUT is free again.
    const users = await t.owner.pool.query(`select count(*)::int as n from users where email = $1`, [
      doomed.email,
    ]);
    expect(users.rows[0].n).toBe(1);
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: bearer(adminToken),
      payload: companyBody(doomed.company.rut),
    });
    expect(reuse.statusCode).toBe(201);
  });

  it('runs the sweep again harmlessly (idempotent)', async () => {
    await runPurge();
    expect((await rows(kept.company.id)).companies).toBe(1);
  });
});

describe('company restore during the grace period', () => {
  let t: TestApp;
  let c: Awaited<ReturnType<typeof createOwner>>;
  let base: string;
  let ownerToken: string;
  let adminToken: string;
  let outsiderToken: string;

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string) =>
    t.app.inject({ method, url, headers: bearer(token) });
  const restore = (token: string, companyId = c.company.id) =>
    call('POST', `/api/v1/companies/${companyId}/restore`, token);
  const state = async () =>
    (await t.owner.pool.query(`select deleted_at, purge_after from companies where id = $1`, [c.company.id]))
      .rows[0];

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    c = await createOwner(t.db, 'Arrepentida');
    ownerToken = await loginAs(t.app, c.email, c.password);
    adminToken = await tokenOf(t.app, await addMember(t.db, c.company.id, 'admin'));
    const other = await createOwner(t.db, 'Ajena');
    outsiderToken = await loginAs(t.app, other.email, other.password);
    base = `/api/v1/companies/${c.company.id}`;
    await t.app.inject({
      method: 'POST',
      url: `${base}/locations`,
      headers: bearer(ownerToken),
      payload: { name: 'Sucursal Norte' },
    });
  });
  afterAll(() => t.close());

  it('refuses to restore a company that is not deleted (409, bilingual)', async () => {
    const res = await restore(ownerToken);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'CONFLICT',
      message_es: 'Esta empresa no está eliminada',
    });
  });

  it('brings a deleted company back for its owner, with its data, and audits it', async () => {
    const deleted = await call('DELETE', base, ownerToken);
    expect(deleted.statusCode).toBe(200);
    expect((await call('GET', base, ownerToken)).statusCode).toBe(404);

    // Admins cannot undo what only owners can do; outsiders and bad ids see nothing.
    const byAdmin = await restore(adminToken);
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error.message_es).toBeTruthy();
    expect((await restore(outsiderToken)).statusCode).toBe(404);
    expect((await restore(ownerToken, 'not-a-uuid')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `${base}/restore` })).statusCode).toBe(401);
    expect((await state()).deleted_at).not.toBeNull();

    const res = await restore(ownerToken);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: c.company.id, name: c.company.name, role: 'owner' });
    expect(res.json().data.locations.map((l: { name: string }) => l.name)).toContain('Sucursal Norte');
    expect(await state()).toEqual({ deleted_at: null, purge_after: null });

    for (const token of [ownerToken, adminToken]) {
      expect((await call('GET', base, token)).statusCode).toBe(200);
      expect((await call('GET', `${base}/members`, token)).statusCode).toBe(200);
      const mine = await call('GET', '/api/v1/companies', token);
      expect(mine.json().data.map((x: { id: string }) => x.id)).toContain(c.company.id);
    }
    const audit = await t.owner.pool.query(
      `select action, user_id, metadata from audit_log where company_id = $1 order by id`,
      [c.company.id],
    );
    const actions = audit.rows.map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['company.deleted', 'company.restored']);
    expect(audit.rows.at(-1)).toMatchObject({
      user_id: c.user.id,
      metadata: { deleted_at: expect.any(String), purge_after: expect.any(String) },
    });

    // A restored company is not purged, and can be restored only once.
    expect(await purgeDeletedCompanies(t.db.db, silentLog)).toBe(0);
    expect((await restore(ownerToken)).statusCode).toBe(409);
  });

  it('answers 404 once the grace period is over, and the purge still happens', async () => {
    expect((await call('DELETE', base, ownerToken)).statusCode).toBe(200);
    await t.owner.pool.query(`update companies set purge_after = now() - interval '1 minute' where id = $1`, [
      c.company.id,
    ]);
    const late = await restore(ownerToken);
    expect(late.statusCode).toBe(404);
    expect(late.json().error.code).toBe('NOT_FOUND');
    expect((await state()).deleted_at).not.toBeNull();

    expect(await purgeDeletedCompanies(t.db.db, silentLog)).toBe(1);
    expect(await state()).toBeUndefined();
    expect((await restore(ownerToken)).statusCode).toBe(404);
  });
});
