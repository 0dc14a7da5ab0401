import { insertUser } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { createUser, PEOPLE_PASSWORD, tokenOf } from '../../../test/people';
import { hashPassword } from '../../lib/passwords';

describe('platform admin', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let user: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    const row = await insertUser(t.db.db, {
      email: 'plataforma@ayni.cl',
      name: 'Plataforma',
      passwordHash: await hashPassword(PEOPLE_PASSWORD),
      isPlatformAdmin: true,
    });
    adminId = row.id;
    admin = await loginAs(t.app, 'plataforma@ayni.cl', PEOPLE_PASSWORD);
    a = await createOwner(t.db, 'Cliente');
    user = await loginAs(t.app, a.email, a.password);
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const post = (url: string, token: string) => t.app.inject({ method: 'POST', url, headers: bearer(token) });

  it('lists every company with its member count, and no business data', async () => {
    const res = await get('/api/v1/admin/companies', admin);
    expect(res.statusCode).toBe(200);
    const company = res.json().data.find((c: { id: string }) => c.id === a.company.id);
    expect(company).toEqual({
      id: a.company.id,
      name: a.company.name,
      rut: a.company.rut,
      industry: 'retail',
      size: 'micro',
      region: 'Región de Valparaíso',
      created_at: expect.any(String),
      deleted_at: null,
      member_count: 1,
    });
    expect(res.json().meta.total).toBeGreaterThanOrEqual(1);
  });

  it('lists every user', async () => {
    const res = await get('/api/v1/admin/users?page_size=100', admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toContainEqual(
      expect.objectContaining({
        id: adminId,
        email: 'plataforma@ayni.cl',
        is_platform_admin: true,
        disabled_at: null,
      }),
    );
    expect(JSON.stringify(res.json())).not.toMatch(/password|argon2/i);
  });

  it('is for platform admins only (403)', async () => {
    for (const url of ['/api/v1/admin/companies', '/api/v1/admin/users', '/api/v1/admin/audit']) {
      const res = await get(url, user);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message_es).toBeTruthy();
    }
    expect((await post(`/api/v1/admin/users/${adminId}/disable`, user)).statusCode).toBe(403);
    expect((await get('/api/v1/admin/users', 'not-a-token')).statusCode).toBe(401);
  });

  it('gives a platform admin no access to a company it is not a member of (404)', async () => {
    const base = `/api/v1/companies/${a.company.id}`;
    for (const url of [
      base,
      `${base}/members`,
      `${base}/dashboard/summary`,
      `${base}/export`,
      `${base}/audit`,
    ]) {
      expect((await get(url, admin)).statusCode, url).toBe(404);
    }
  });

  it('disables an account: no sign-in, and its tokens stop working at once; enabling restores it', async () => {
    const person = await createUser(t.db, 'Deshabilitada');
    const token = await tokenOf(t.app, person);
    expect((await get('/api/v1/companies', token)).statusCode).toBe(200);

    const disabled = await post(`/api/v1/admin/users/${person.user.id}/disable`, admin);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().data).toMatchObject({ id: person.user.id, disabled_at: expect.any(String) });

    expect((await get('/api/v1/companies', token)).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: person.email, password: person.password },
    });
    expect([401, 403]).toContain(login.statusCode);

    const enabled = await post(`/api/v1/admin/users/${person.user.id}/enable`, admin);
    expect(enabled.json().data.disabled_at).toBeNull();
    expect((await get('/api/v1/companies', await tokenOf(t.app, person))).statusCode).toBe(200);
  });

  it('cannot disable itself, and answers 404 for an unknown user; neither is audited', async () => {
    const before = (await get('/api/v1/admin/audit', admin)).json().meta.total;
    const self = await post(`/api/v1/admin/users/${adminId}/disable`, admin);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message_es).toContain('propia cuenta');
    const unknown = await post('/api/v1/admin/users/00000000-0000-4000-8000-000000000000/disable', admin);
    expect(unknown.statusCode).toBe(404);
    expect((await get('/api/v1/admin/audit', admin)).json().meta.total).toBe(before);
  });

  it('writes disabling and enabling to the platform audit trail, newest first', async () => {
    const person = await createUser(t.db, 'Auditada');
    await tokenOf(t.app, person); // a live session, revoked by the disable
    const headers = { ...bearer(admin), 'user-agent': 'consola-plataforma/1.0' };
    for (const action of ['disable', 'enable']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/users/${person.user.id}/${action}`,
        headers,
      });
      expect(res.statusCode).toBe(200);
    }

    const res = await get('/api/v1/admin/audit?page_size=2', admin);
    expect(res.statusCode).toBe(200);
    const actor = { id: adminId, name: 'Plataforma', email: 'plataforma@ayni.cl' };
    const target = { type: 'user', id: person.user.id };
    expect(res.json().data).toEqual([
      {
        id: expect.any(Number),
        actor,
        action: 'user.enabled',
        target,
        ip: expect.any(String),
        user_agent: 'consola-plataforma/1.0',
        metadata: { email: person.email },
        created_at: expect.any(String),
      },
      expect.objectContaining({
        actor,
        action: 'user.disabled',
        target,
        metadata: { email: person.email, revoked_sessions: 1 },
      }),
    ]);
    expect(res.json().meta).toMatchObject({ page: 1, page_size: 2, total: expect.any(Number) });

    // Stored on its own table: no company's audit log holds it.
    const inTenantLogs = await t.owner.pool.query(
      `select count(*)::int as n from audit_log where target_id = $1`,
      [person.user.id],
    );
    expect(inTenantLogs.rows[0].n).toBe(0);
  });
});
