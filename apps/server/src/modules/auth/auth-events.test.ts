import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

describe('auth_events: every sign-in attempt, with IP and user agent', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  const from = { ip: '198.51.100.23', headers: { 'user-agent': 'Mozilla/5.0 (AYNI test)' } };

  it('records ok, failed, locked, totp_required and totp_failed attempts', async () => {
    const owner = await createOwner(t.db, 'Audited');
    expect((await login(t.app, owner, from)).statusCode).toBe(200);
    expect((await login(t.app, { email: owner.email, password: 'wrong wrong' }, from)).statusCode).toBe(401);

    const token = (await login(t.app, owner, from)).json().data.access_token;
    const secret = (await post(t.app, '/api/v1/auth/2fa/setup', undefined, { token })).json().data.secret;
    await post(t.app, '/api/v1/auth/2fa/enable', { code: await generate({ secret }) }, { token });
    expect((await login(t.app, owner, from)).statusCode).toBe(401);
    const current = await generate({ secret });
    const wrongCode = current === '111111' ? '222222' : '111111';
    expect((await login(t.app, { ...owner, totp: wrongCode }, from)).statusCode).toBe(401);

    await t.db.pool.query("update users set locked_until = now() + interval '5 minutes' where id = $1", [
      owner.user.id,
    ]);
    expect((await login(t.app, owner, from)).statusCode).toBe(429);

    const events = await authEventsOf(t, { userId: owner.user.id });
    const logins = events.filter((e) => e.kind !== 'totp_enabled').reverse();
    expect(logins.map((e) => e.kind)).toEqual([
      'ok',
      'failed',
      'ok',
      'totp_required',
      'totp_failed',
      'locked',
    ]);
    for (const event of logins) {
      expect(event).toMatchObject({
        email: owner.email,
        ip: '198.51.100.23',
        userAgent: 'Mozilla/5.0 (AYNI test)',
      });
      expect(event.createdAt).toBeInstanceOf(Date);
    }
  });

  it('records attempts on unknown e-mails without a user', async () => {
    await login(t.app, { email: 'Unknown.Person@Example.cl', password: 'guess guess' }, from);
    const [event] = await authEventsOf(t, { email: 'unknown.person@example.cl' });
    expect(event).toMatchObject({ kind: 'failed', userId: null, email: 'unknown.person@example.cl' });
  });
});
