import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, getMe, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

describe('disabled users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  it('answers 403 FORBIDDEN to the right password, and ends sessions opened before', async () => {
    const owner = await createOwner(t.db, 'Disabled');
    const before = (await login(t.app, owner)).json().data;
    await t.db.pool.query('update users set disabled_at = now() where id = $1', [owner.user.id]);

    const res = await login(t.app, owner);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({
      code: 'FORBIDDEN',
      message: 'This account is disabled',
      message_es: 'Esta cuenta está deshabilitada',
    });
    expect(res.cookies.find((c) => c.name === 'ayni_refresh')).toBeUndefined();

    // A wrong password answers like any wrong password: being disabled is not revealed.
    const wrong = await login(t.app, { email: owner.email, password: 'wrong password here' });
    expect(wrong.statusCode).toBe(401);

    expect((await getMe(t.app, before.access_token)).statusCode).toBe(401);
    expect(
      (await post(t.app, '/api/v1/auth/refresh', { refresh_token: before.refresh_token })).statusCode,
    ).toBe(401);
    expect((await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind)).toContain('disabled');
  });
});
