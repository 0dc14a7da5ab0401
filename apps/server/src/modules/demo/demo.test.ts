import { rutCheckDigit } from '@ayni/contracts';
import { DEMO_VISITOR_DOMAIN, findUserById } from '@ayni/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshIp, getMe, post } from '../../../test/auth-helpers';
import { bearer, buildTestApp, createOwner, eventually, type TestApp } from '../../../test/helpers';
import { companyBody } from '../../../test/people';
import { postUpload } from '../../../test/upload-helpers';
import { DEMO_URL as DEMO, seedDemoCompany, startDemo } from './demo-test-kit';
import { DEMO_VISITOR_LIMIT } from './demo-visitors';

const availability = async (t: TestApp) =>
  (await t.app.inject({ method: 'GET', url: DEMO })).json().data as { available: boolean };

describe('demo visitors: off unless AYNI_DEMO_VISITORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    await seedDemoCompany(t);
  });
  afterAll(() => t.close());

  it('says the demo is unavailable and refuses to start one, in both languages', async () => {
    expect(await availability(t)).toEqual({ available: false });
    const res = await startDemo(t);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'The demo is not available on this server',
      message_es: 'La demo no está disponible en este servidor',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('demo visitors: on', () => {
  let t: TestApp;
  let demoId: string;
  beforeAll(async () => {
    t = await buildTestApp({ demoVisitors: true });
  });
  afterAll(() => t.close());

  it('is unavailable while the server has no demo company, available once it is seeded', async () => {
    expect(await availability(t)).toEqual({ available: false });
    expect((await startDemo(t)).statusCode).toBe(404);
    demoId = await seedDemoCompany(t);
    expect(await availability(t)).toEqual({ available: true });
  });

  it('signs a new throwaway visitor in like login, a viewer of the demo company only', async () => {
    const other = await createOwner(t.db, 'Real');
    const res = await startDemo(t);
    expect(res.statusCode).toBe(200);
    const session = res.json().data;
    expect(session).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number) });
    expect(session.user.email).toMatch(new RegExp(`^visitante-[0-9a-f-]{36}@${DEMO_VISITOR_DOMAIN}$`));
    expect(session.user.is_platform_admin).toBe(false);
    const cookie = res.cookies.find((c) => c.name === 'ayni_refresh');
    expect(cookie).toMatchObject({ value: session.refresh_token, httpOnly: true, sameSite: 'Strict' });
    expect((await getMe(t.app, session.access_token)).json().data.email_verified).toBe(true);

    const token = session.access_token as string;
    const companies = await t.app.inject({ method: 'GET', url: '/api/v1/companies', headers: bearer(token) });
    expect(companies.json().data).toEqual([
      expect.objectContaining({
        id: demoId,
        role: 'viewer',
        permissions: ['view_dashboards'],
        is_demo: true,
      }),
    ]);
    const dashboard = `/api/v1/companies/${demoId}/dashboard/summary`;
    expect((await t.app.inject({ method: 'GET', url: dashboard, headers: bearer(token) })).statusCode).toBe(
      200,
    );
    const elsewhere = `/api/v1/companies/${other.company.id}/dashboard/summary`;
    expect((await t.app.inject({ method: 'GET', url: elsewhere, headers: bearer(token) })).statusCode).toBe(
      404,
    );

    const upload = await postUpload(t.app, token, demoId, { name: 'ventas.csv', content: 'fecha;total\n' });
    expect(upload.statusCode).toBe(403);
    expect(upload.json().error.message_es).toBe('Tu rol no tiene permiso para esta acción');

    // Each click is a new account: two visitors never share one.
    const second = (await startDemo(t)).json().data;
    expect(second.user.id).not.toBe(session.user.id);
  });

  it(`allows ${DEMO_VISITOR_LIMIT.limit} visitors per IP, then answers 429 with Retry-After`, async () => {
    const ip = freshIp();
    for (let i = 0; i < DEMO_VISITOR_LIMIT.limit; i++) {
      expect((await startDemo(t, { ip })).statusCode, `visitor ${i + 1}`).toBe(200);
    }
    const refused = await startDemo(t, { ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message_es).toContain('Demasiados intentos');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await startDemo(t, { ip: freshIp() })).statusCode).toBe(200);
  });

  it('deletes visitors older than 24 hours, and the companies they made, in the hourly sweep', async () => {
    const old = (await startDemo(t)).json().data;
    const fresh = (await startDemo(t)).json().data;
    const body = String(30_000_000 + Math.floor(Math.random() * 9_000_000));
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: bearer(old.access_token),
      payload: companyBody(`${body}-${rutCheckDigit(body)}`, { name: 'Prueba de visitante SpA' }),
    });
    expect(made.statusCode).toBe(201);
    await t.owner.db.execute(
      sql`update users set created_at = now() - interval '25 hours' where id = ${old.user.id}`,
    );

    await t.queue.enqueue('demo.purge-visitors', {});
    await eventually(async () => ((await findUserById(t.db.db, old.user.id)) ? undefined : true));
    expect(await findUserById(t.db.db, fresh.user.id)).toBeDefined();
    const company = await t.owner.db.execute<{ deleted_at: Date | null; purge_after: Date | null }>(
      sql`select deleted_at, purge_after from companies where id = ${made.json().data.id}`,
    );
    expect(company.rows[0]?.deleted_at).not.toBeNull();
    expect(new Date(company.rows[0]?.purge_after as Date).getTime()).toBeLessThanOrEqual(Date.now());
    const demo = await t.owner.db.execute(sql`select deleted_at from companies where id = ${demoId}`);
    expect(demo.rows[0]).toEqual({ deleted_at: null });
    // The old visitor's session is gone with the account.
    const refresh = await post(t.app, '/api/v1/auth/refresh', { refresh_token: old.refresh_token });
    expect(refresh.statusCode).toBe(401);
  });
});
