import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshIp, login } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

describe('account lockout after repeated failed sign-ins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  const userRow = async (id: string) =>
    (await t.db.pool.query('select failed_logins, locked_until from users where id = $1', [id])).rows[0];

  it('locks the account for 15 minutes after 5 wrong passwords; even the right one is refused meanwhile', async () => {
    const owner = await createOwner(t.db, 'Locked');
    const ip = freshIp();
    const wrong = { email: owner.email, password: 'not the password' };
    for (let i = 1; i <= 4; i++) {
      const res = await login(t.app, wrong, { ip });
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    expect((await userRow(owner.user.id)).failed_logins).toBe(4);

    const fifth = await login(t.app, wrong, { ip });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Account locked after too many failed sign-in attempts; try again in 15 minutes',
      message_es: 'Cuenta bloqueada por demasiados intentos fallidos; vuelve a intentarlo en 15 minutos',
    });
    expect(Number(fifth.headers['retry-after'])).toBe(900);
    const locked = await userRow(owner.user.id);
    const minutes = (locked.locked_until.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);

    // The right password does not help while locked (from any IP).
    for (const from of [ip, freshIp()]) {
      const res = await login(t.app, owner, { ip: from });
      expect(res.statusCode).toBe(429);
      expect(res.json().error.message_es).toContain('Cuenta bloqueada');
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(850);
      expect(retryAfter).toBeLessThanOrEqual(900);
    }

    // Fifteen minutes pass.
    await t.db.pool.query("update users set locked_until = now() - interval '1 second' where id = $1", [
      owner.user.id,
    ]);
    const after = await login(t.app, owner, { ip });
    expect(after.statusCode).toBe(200);
    expect(await userRow(owner.user.id)).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('counts only failures in a row: a successful sign-in starts the count again', async () => {
    const owner = await createOwner(t.db, 'Typos');
    const wrong = { email: owner.email, password: 'typo typo typo' };
    for (let i = 0; i < 4; i++) expect((await login(t.app, wrong)).statusCode).toBe(401);
    expect((await login(t.app, owner)).statusCode).toBe(200);
    expect((await userRow(owner.user.id)).failed_logins).toBe(0);
    const next = await login(t.app, wrong);
    expect(next.statusCode).toBe(401);
    expect(await userRow(owner.user.id)).toEqual({ failed_logins: 1, locked_until: null });
  });

  it('never locks on an unknown e-mail (nothing to lock) and answers like a wrong password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login(t.app, { email: 'ghost@example.cl', password: 'whatever it is' });
      expect(res.json().error.code).toBe('UNAUTHORIZED');
    }
  });
});
