import { addMembership, DEMO_VISITOR_DOMAIN, inCompany, insertUser } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { addMember, createUser, PEOPLE_PASSWORD, tokenOf } from '../../../test/people';
import { hashPassword } from '../../lib/passwords';
import { seedDemoCompany, startDemo } from '../demo/demo-test-kit';

type UsersPage = {
  data: Array<{ id: string; email: string }>;
  meta: { page: number; page_size: number; total: number; demo_visitors: number };
};

describe('platform users list and demo visitors', () => {
  let t: TestApp;
  let admin: string;
  let demoId: string;
  let demoOwner: string;
  let visitors: Array<{ user: { id: string; email: string } }>;

  beforeAll(async () => {
    t = await buildTestApp({ demoVisitors: true, startWorker: false });
    await insertUser(t.db.db, {
      email: 'plataforma-usuarios@ayni.cl',
      name: 'Plataforma',
      passwordHash: await hashPassword(PEOPLE_PASSWORD),
      isPlatformAdmin: true,
    });
    admin = await loginAs(t.app, 'plataforma-usuarios@ayni.cl', PEOPLE_PASSWORD);
    demoId = await seedDemoCompany(t);
    demoOwner = await tokenOf(t.app, await addMember(t.db, demoId, 'owner', 'Dueña demo'));
    visitors = [];
    for (let i = 0; i < 3; i++) {
      const res = await startDemo(t);
      expect(res.statusCode).toBe(200);
      visitors.push(res.json().data);
    }
  });
  afterAll(() => t.close());

  const users = async (query = 'page_size=200') => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/users?${query}`,
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(200);
    return res.json() as UsersPage;
  };
  const visitorEmails = () => visitors.map((v) => v.user.email);

  it('leaves visitors out of the list and its total, and counts them apart', async () => {
    const page = await users();
    const emails = page.data.map((u) => u.email);
    expect(emails).toContain('plataforma-usuarios@ayni.cl');
    for (const email of visitorEmails()) expect(emails).not.toContain(email);
    expect(page.meta.total).toBe(page.data.length);
    expect(page.meta.demo_visitors).toBe(visitors.length);
  });

  it('pages over the real accounts only', async () => {
    const all = (await users()).data.map((u) => u.id);
    const paged: string[] = [];
    for (let page = 1; paged.length < all.length && page <= all.length; page++) {
      const res = await users(`page=${page}&page_size=1`);
      expect(res.meta.total).toBe(all.length);
      paged.push(...res.data.map((u) => u.id));
    }
    expect(paged).toEqual(all);
  });

  it('lists a visitor again once an owner gives them a role of their own', async () => {
    const promoted = visitors[0] as (typeof visitors)[number];
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${demoId}/members/${promoted.user.id}`,
      headers: bearer(demoOwner),
      payload: { role: 'marketing' },
    });
    expect(res.statusCode).toBe(200);
    const page = await users();
    expect(page.data.map((u) => u.email)).toContain(promoted.user.email);
    expect(page.meta.demo_visitors).toBe(visitors.length - 1);
  });

  it('hides no account of a real company, whatever its e-mail', async () => {
    const real = await createOwner(t.db, 'Almacén');
    const lookalike = await createUser(t.db, 'Parece visitante', `alguien@${DEMO_VISITOR_DOMAIN}`);
    await inCompany(t.db.db, real.company.id, (tx) =>
      addMembership(tx, real.company.id, lookalike.user.id, 'viewer'),
    );
    const emails = (await users()).data.map((u) => u.email);
    expect(emails).toContain(real.email);
    expect(emails).toContain(lookalike.email);
  });
});
