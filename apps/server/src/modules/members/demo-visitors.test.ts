import { addMembership, DEMO_VISITOR_DOMAIN, inCompany, insertUser, readSmallExportTables } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, createUser, PEOPLE_PASSWORD, tokenOf } from '../../../test/people';
import { hashPassword } from '../../lib/passwords';
import { seedDemoCompany, startDemo } from '../demo/demo-test-kit';

type Listed = { user_id: string; email: string; role: string };

describe('demo visitors are not members', () => {
  let t: TestApp;
  let demoId: string;
  let owner: string;
  let ownerEmail: string;
  let realViewer: Awaited<ReturnType<typeof addMember>>;
  let visitors: Array<{ access_token: string; user: { id: string; email: string } }>;

  beforeAll(async () => {
    t = await buildTestApp({ demoVisitors: true, startWorker: false });
    demoId = await seedDemoCompany(t);
    const demoOwner = await addMember(t.db, demoId, 'owner', 'Dueña demo');
    ownerEmail = demoOwner.email;
    owner = await tokenOf(t.app, demoOwner);
    realViewer = await addMember(t.db, demoId, 'viewer', 'Lectora real');
    visitors = [];
    for (let i = 0; i < 3; i++) {
      const res = await startDemo(t);
      expect(res.statusCode).toBe(200);
      visitors.push(res.json().data);
    }
  });
  afterAll(() => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const members = async (companyId: string, token: string) => {
    const res = await get(`/api/v1/companies/${companyId}/members`, token);
    expect(res.statusCode).toBe(200);
    return res.json() as { data: Listed[]; meta: { total: number } };
  };
  const visitorCount = (companyId: string, token: string) =>
    get(`/api/v1/companies/${companyId}/members/demo-visitors`, token);

  it("leaves them out of the company's export too", async () => {
    const exported = await inCompany(t.db.db, demoId, (tx) => readSmallExportTables(tx, demoId));
    expect(exported.rows.members.map((m) => m.email)).toEqual([ownerEmail, realViewer.email]);
  });

  it('lists the real members only, while each visitor still reads the dashboard', async () => {
    const listed = await members(demoId, owner);
    expect(listed.data.map((m) => [m.email, m.role])).toEqual([
      [ownerEmail, 'owner'],
      [realViewer.email, 'viewer'],
    ]);
    expect(listed.meta.total).toBe(2);
    for (const visitor of visitors) {
      const summary = await get(`/api/v1/companies/${demoId}/dashboard/summary`, visitor.access_token);
      expect(summary.statusCode).toBe(200);
      // Visitors see the same list: not themselves, not each other.
      expect((await members(demoId, visitor.access_token)).data.map((m) => m.email)).toEqual([
        ownerEmail,
        realViewer.email,
      ]);
    }
  });

  it('tells those who manage members how many visitors there are, and no one else', async () => {
    const res = await visitorCount(demoId, owner);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ active: visitors.length, expire_after_hours: 24 });
    for (const token of [await tokenOf(t.app, realViewer), visitors[0]?.access_token as string]) {
      const refused = await visitorCount(demoId, token);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message_es).toBe('Tu rol no tiene permiso para esta acción');
    }
  });

  it('does not count visitors in the platform list of companies', async () => {
    await insertUser(t.db.db, {
      email: 'plataforma-demo@ayni.cl',
      name: 'Plataforma',
      passwordHash: await hashPassword(PEOPLE_PASSWORD),
      isPlatformAdmin: true,
    });
    const admin = await loginAs(t.app, 'plataforma-demo@ayni.cl', PEOPLE_PASSWORD);
    const res = await get('/api/v1/admin/companies?page_size=100', admin);
    const demo = res.json().data.find((c: { id: string }) => c.id === demoId);
    expect(demo.member_count).toBe(2);
  });

  it('lists a visitor again once an owner gives them a role of their own', async () => {
    const promoted = visitors[1] as (typeof visitors)[number];
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${demoId}/members/${promoted.user.id}`,
      headers: bearer(owner),
      payload: { role: 'marketing' },
    });
    expect(res.statusCode).toBe(200);
    expect((await members(demoId, owner)).data.map((m) => m.email)).toContain(promoted.user.email);
    expect((await visitorCount(demoId, owner)).json().data.active).toBe(visitors.length - 1);
  });

  it('hides no one in a company that is not the demo, whatever their e-mail', async () => {
    const real = await createOwner(t.db, 'Almacén');
    const token = await loginAs(t.app, real.email, real.password);
    const lookalike = await createUser(t.db, 'Parece visitante', `alguien@${DEMO_VISITOR_DOMAIN}`);
    await inCompany(t.db.db, real.company.id, (tx) =>
      addMembership(tx, real.company.id, lookalike.user.id, 'viewer'),
    );
    expect((await members(real.company.id, token)).data.map((m) => m.email)).toEqual([
      real.email,
      lookalike.email,
    ]);
    expect((await visitorCount(real.company.id, token)).json().data.active).toBe(0);
  });
});
