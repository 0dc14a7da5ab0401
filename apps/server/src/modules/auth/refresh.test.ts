import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

const REFRESH = '/api/v1/auth/refresh';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('login and refresh-token rotation', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Rotation');
  });
  afterAll(() => t.close());

  const tokenRow = async (token: string) =>
    (await t.db.pool.query('select * from refresh_tokens where token_hash = $1', [sha256(token)])).rows[0];

  it('returns an access token and an opaque refresh token, also set as a strict httpOnly cookie', async () => {
    const res = await login(t.app, owner, { headers: { 'user-agent': 'rotation-test' } });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toMatchObject({ token_type: 'Bearer', expires_in: 900, user: { id: owner.user.id } });
    expect(data.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.headers['cache-control']).toBe('no-store');

    const cookie = res.cookies.find((c) => c.name === 'ayni_refresh');
    expect(cookie).toMatchObject({
      value: data.refresh_token,
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/v1/auth',
      maxAge: 7 * 24 * 3600,
    });
    expect(cookie?.secure).toBeFalsy(); // plain http here; https requests get Secure

    const row = await tokenRow(data.refresh_token);
    expect(row).toMatchObject({ user_id: owner.user.id, revoked_at: null, user_agent: 'rotation-test' });
    expect(row.token_hash).not.toBe(data.refresh_token);
    const days = (row.expires_at.getTime() - row.created_at.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
  });

  it('rotates on refresh from the cookie: new tokens, the old one revoked and pointing at its successor', async () => {
    const first = (await login(t.app, owner)).json().data;
    const res = await post(t.app, REFRESH, undefined, { cookies: { ayni_refresh: first.refresh_token } });
    expect(res.statusCode).toBe(200);
    const second = res.json().data;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.user.id).toBe(owner.user.id);
    expect(res.cookies.find((c) => c.name === 'ayni_refresh')?.value).toBe(second.refresh_token);
    expect((await getMe(t.app, second.access_token)).statusCode).toBe(200);

    const [oldRow, newRow] = [await tokenRow(first.refresh_token), await tokenRow(second.refresh_token)];
    expect(oldRow.revoked_at).toBeInstanceOf(Date);
    expect(oldRow.replaced_by).toBe(newRow.id);
    expect(newRow.family_id).toBe(oldRow.family_id);
    expect(newRow.revoked_at).toBeNull();
  });

  it('also takes the refresh token in the body (API clients)', async () => {
    const first = (await login(t.app, owner)).json().data;
    const res = await post(t.app, REFRESH, { refresh_token: first.refresh_token });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.refresh_token).not.toBe(first.refresh_token);
  });

  it('refuses an expired, an unknown and a missing refresh token, and clears the cookie', async () => {
    const first = (await login(t.app, owner)).json().data;
    await t.db.pool.query(
      "update refresh_tokens set expires_at = now() - interval '1 second' where token_hash = $1",
      [sha256(first.refresh_token)],
    );
    const expired = await post(t.app, REFRESH, undefined, { cookies: { ayni_refresh: first.refresh_token } });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error).toMatchObject({
      code: 'UNAUTHORIZED',
      message_es: 'Tu sesión expiró; inicia sesión de nuevo',
    });
    const cleared = expired.cookies.find((c) => c.name === 'ayni_refresh');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());

    expect((await post(t.app, REFRESH, { refresh_token: 'x'.repeat(43) })).statusCode).toBe(401);
    expect((await post(t.app, REFRESH)).statusCode).toBe(401);
  });

  it('keeps separate sign-ins in separate families', async () => {
    const a = (await login(t.app, owner)).json().data;
    const b = (await login(t.app, owner)).json().data;
    const [rowA, rowB] = [await tokenRow(a.refresh_token), await tokenRow(b.refresh_token)];
    expect(rowA.family_id).not.toBe(rowB.family_id);
  });
});
