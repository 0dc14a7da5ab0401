import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, linkToken, login, mailsTo, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, eventually, type TestApp } from '../../../test/helpers';

const REQUEST = '/api/v1/auth/password-reset/request';
const CONFIRM = '/api/v1/auth/password-reset/confirm';

describe('password reset by e-mail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  async function resetToken(email: string): Promise<string> {
    const res = await post(t.app, REQUEST, { email });
    expect(res.statusCode).toBe(202);
    expect(res.json().data).toEqual({ ok: true });
    const mail = await eventually(async () => (await mailsTo(t, email))[0]);
    expect(mail.subject).toContain('Restablece tu contraseña');
    return linkToken(mail.text, 'reset-password');
  }

  it('e-mails a one-hour link; confirming sets the password, clears lockout and ends every session', async () => {
    const owner = await createOwner(t.db, 'Forgetful');
    const before = (await login(t.app, owner)).json().data;
    const token = await resetToken(owner.email.toUpperCase());
    const stored = await t.db.pool.query(
      `select purpose, extract(epoch from expires_at - created_at) / 60 as minutes from user_tokens where user_id = $1`,
      [owner.user.id],
    );
    expect(stored.rows).toEqual([{ purpose: 'reset_password', minutes: expect.anything() }]);
    expect(Math.round(Number(stored.rows[0].minutes))).toBe(60);

    // Locked out meanwhile (forgot the password, kept trying).
    await t.db.pool.query(
      "update users set failed_logins = 3, locked_until = now() + interval '10 minutes' where id = $1",
      [owner.user.id],
    );

    // A refused password does not use the link up.
    const weak = await post(t.app, CONFIRM, { token, new_password: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details).toEqual([{ field: 'new_password', message: expect.any(String) }]);

    const newPassword = 'Sopaipillas pasadas 31';
    const res = await post(t.app, CONFIRM, { token, new_password: newPassword });
    expect(res.statusCode).toBe(200);

    expect((await login(t.app, owner)).statusCode).toBe(401);
    const after = await login(t.app, { email: owner.email, password: newPassword });
    expect(after.statusCode).toBe(200);
    const user = await t.db.pool.query('select failed_logins, email_verified_at from users where id = $1', [
      owner.user.id,
    ]);
    expect(user.rows[0].failed_logins).toBe(0);
    expect(user.rows[0].email_verified_at).toBeInstanceOf(Date);
    expect(
      (await post(t.app, '/api/v1/auth/refresh', { refresh_token: before.refresh_token })).statusCode,
    ).toBe(401);

    // Single use.
    const again = await post(t.app, CONFIRM, { token, new_password: 'Otra clave distinta 55' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ message_es: 'El enlace no es válido o ya expiró' });
    const kinds = (await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset']));
  });

  it('answers 202 for an unknown e-mail too, and sends nothing', async () => {
    const res = await post(t.app, REQUEST, { email: 'nobody-here@example.cl' });
    expect(res.statusCode).toBe(202);
    expect(res.json().data).toEqual({ ok: true });
    // The request is handled after the answer; wait for its record, then look at the outbox.
    await eventually(async () => (await authEventsOf(t, { email: 'nobody-here@example.cl' }))[0]);
    expect(await mailsTo(t, 'nobody-here@example.cl')).toEqual([]);
  });

  it('sends nothing to a disabled account', async () => {
    const owner = await createOwner(t.db, 'Gone');
    await t.db.pool.query('update users set disabled_at = now() where id = $1', [owner.user.id]);
    expect((await post(t.app, REQUEST, { email: owner.email })).statusCode).toBe(202);
    await eventually(async () => (await authEventsOf(t, { email: owner.email }))[0]);
    expect(await mailsTo(t, owner.email)).toEqual([]);
  });

  it('refuses an expired link and a made-up one', async () => {
    const owner = await createOwner(t.db, 'Late');
    const token = await resetToken(owner.email);
    await t.db.pool.query(
      "update user_tokens set expires_at = now() - interval '1 second' where user_id = $1",
      [owner.user.id],
    );
    expect((await post(t.app, CONFIRM, { token, new_password: 'Sopaipillas pasadas 31' })).statusCode).toBe(
      400,
    );
    expect(
      (await post(t.app, CONFIRM, { token: 'made-up', new_password: 'Sopaipillas pasadas 31' })).statusCode,
    ).toBe(400);
    expect((await login(t.app, owner)).statusCode).toBe(200);
  });
});
