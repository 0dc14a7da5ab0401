import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, tokenOf } from '../../../test/people';

describe('audit log', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let owner: string;
  let admin: string;
  let adminPerson: Awaited<ReturnType<typeof addMember>>;
  let finance: Awaited<ReturnType<typeof addMember>>;
  let url: string;

  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    a = await createOwner(t.db, 'Auditada');
    owner = await loginAs(t.app, a.email, a.password);
    adminPerson = await addMember(t.db, a.company.id, 'admin', 'Ana Admin');
    admin = await tokenOf(t.app, adminPerson);
    finance = await addMember(t.db, a.company.id, 'finance');
    const base = `/api/v1/companies/${a.company.id}`;
    const as = (token: string, method: 'POST' | 'PATCH' | 'DELETE' | 'GET', path: string, payload?: object) =>
      t.app.inject({
        method,
        url: `${base}${path}`,
        headers: { ...bearer(token), 'user-agent': 'vitest-agent/1.0' },
        payload,
      });
    // A little history, oldest first.
    await as(owner, 'PATCH', '', { name: 'Auditada Dos SpA' });
    await as(admin, 'POST', '/locations', { name: 'Bodega' });
    await as(admin, 'PATCH', `/members/${finance.user.id}`, { role: 'operations' });
    await as(owner, 'POST', '/invitations', { email: 'nuevo@example.cl', role: 'viewer' });
    await as(owner, 'GET', '/export');
    url = `${base}/audit`;
  });
  afterAll(() => t.close());

  it('shows owners who did what, from where, newest first', async () => {
    const res = await t.app.inject({ method: 'GET', url, headers: bearer(owner) });
    expect(res.statusCode).toBe(200);
    const entries = res.json().data;
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'export.downloaded',
      'invitation.created',
      'member.role_changed',
      'location.created',
      'company.updated',
    ]);
    expect(entries[2]).toMatchObject({
      user: { id: adminPerson.user.id, name: 'Ana Admin', email: adminPerson.email },
      target: { type: 'user', id: finance.user.id },
      metadata: { from: 'finance', to: 'operations' },
      ip: '127.0.0.1',
      user_agent: 'vitest-agent/1.0',
    });
    expect(Date.parse(entries[0].created_at)).toBeGreaterThanOrEqual(Date.parse(entries[4].created_at));
    expect(res.json().meta).toMatchObject({ page: 1, page_size: 50, total: 5 });
  });

  it('pages', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${url}?page=2&page_size=2`,
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((e: { action: string }) => e.action)).toEqual([
      'member.role_changed',
      'location.created',
    ]);
    expect(res.json().meta).toMatchObject({ page: 2, page_size: 2, total: 5 });
    const bad = await t.app.inject({ method: 'GET', url: `${url}?page_size=1000`, headers: bearer(admin) });
    expect(bad.statusCode).toBe(400);
  });

  it('is readable only by owners and admins', async () => {
    for (const role of ['finance', 'marketing', 'operations', 'viewer'] as const) {
      const token = await tokenOf(t.app, await addMember(t.db, a.company.id, role));
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(token) });
      expect(res.statusCode, role).toBe(403);
    }
  });
});
