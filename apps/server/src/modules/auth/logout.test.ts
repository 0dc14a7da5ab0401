import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, getMe, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

const LOGOUT = '/api/v1/auth/logout';
const REFRESH = '/api/v1/auth/refresh';

describe('POST /auth/logout', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Logout');
  });
  afterAll(() => t.close());

  it("revokes the cookie's session (its whole family) and clears the cookie", async () => {
    const first = (await login(t.app, owner)).json().data;
    const rotated = (await post(t.app, REFRESH, { refresh_token: first.refresh_token })).json().data;
    const other = (await login(t.app, owner)).json().data;

    const res = await post(t.app, LOGOUT, undefined, { cookies: { ayni_refresh: rotated.refresh_token } });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'ayni_refresh');
    expect(cleared).toMatchObject({ value: '', path: '/api/v1/auth' });
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());

    expect((await post(t.app, REFRESH, { refresh_token: rotated.refresh_token })).statusCode).toBe(401);
    const open = await t.db.pool.query(
      `select count(*)::int as n from refresh_tokens
        where revoked_at is null and family_id = (select family_id from refresh_tokens where replaced_by is not null
          and user_id = $1 limit 1)`,
      [owner.user.id],
    );
    expect(open.rows[0].n).toBe(0);

    // Other sessions stay signed in.
    expect((await post(t.app, REFRESH, { refresh_token: other.refresh_token })).statusCode).toBe(200);
    expect((await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind)).toContain('logout');
  });

  it('takes the token in the body too', async () => {
    const session = (await login(t.app, owner)).json().data;
    expect((await post(t.app, LOGOUT, { refresh_token: session.refresh_token })).statusCode).toBe(200);
    expect((await post(t.app, REFRESH, { refresh_token: session.refresh_token })).statusCode).toBe(401);
    // The access token lives out its 15 minutes; clients drop it on logout.
    expect((await getMe(t.app, session.access_token)).statusCode).toBe(200);
  });

  it('answers ok without a token or with an unknown one (signing out twice is harmless)', async () => {
    expect((await post(t.app, LOGOUT)).statusCode).toBe(200);
    expect((await post(t.app, LOGOUT, { refresh_token: 'unknown-token' })).statusCode).toBe(200);
  });
});
