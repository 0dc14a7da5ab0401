import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, getMe, login, mailsTo, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

const CHANGE = '/api/v1/auth/change-password';
const REFRESH = '/api/v1/auth/refresh';

describe('POST /auth/change-password', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Changer');
  });
  afterAll(() => t.close());

  it('checks the current password and applies the password rules to the new one', async () => {
    const session = (await login(t.app, owner)).json().data;
    const wrong = await post(
      t.app,
      CHANGE,
      { current_password: 'not my password', new_password: 'Porotos con riendas 9' },
      { token: session.access_token },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message_es: 'La contraseña actual no es correcta',
      details: [{ field: 'current_password' }],
    });

    for (const weak of ['short1!', 'iloveyou123', owner.email]) {
      const res = await post(
        t.app,
        CHANGE,
        { current_password: owner.password, new_password: weak },
        { token: session.access_token },
      );
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().error.details).toEqual([{ field: 'new_password', message: expect.any(String) }]);
      expect(res.json().error.message_es).toEqual(expect.any(String));
    }
    // Nothing changed: the session still works.
    expect((await getMe(t.app, session.access_token)).statusCode).toBe(200);
    expect((await post(t.app, CHANGE, { current_password: 'x', new_password: 'y' })).statusCode).toBe(401);
  });

  it('ends every session (old access tokens, all refresh tokens) and starts a new one for the caller', async () => {
    const here = (await login(t.app, owner)).json().data;
    const laptop = (await login(t.app, owner)).json().data;
    const newPassword = 'Porotos con riendas 9';

    const res = await post(
      t.app,
      CHANGE,
      { current_password: owner.password, new_password: newPassword },
      { token: here.access_token },
    );
    expect(res.statusCode).toBe(200);
    const fresh = res.json().data;
    expect(fresh).toMatchObject({ token_type: 'Bearer', user: { id: owner.user.id } });
    expect(res.cookies.find((c) => c.name === 'ayni_refresh')?.value).toBe(fresh.refresh_token);

    // Access tokens issued before the change are refused, even though they have not expired.
    for (const old of [here.access_token, laptop.access_token]) {
      const me = await getMe(t.app, old);
      expect(me.statusCode).toBe(401);
      expect(me.json().error.message_es).toBe('La sesión terminó por un cambio de contraseña');
    }
    expect((await getMe(t.app, fresh.access_token)).statusCode).toBe(200);

    // Every earlier refresh token is revoked; the new session's works.
    for (const old of [here.refresh_token, laptop.refresh_token]) {
      expect((await post(t.app, REFRESH, { refresh_token: old })).statusCode).toBe(401);
    }
    expect((await post(t.app, REFRESH, { refresh_token: fresh.refresh_token })).statusCode).toBe(200);

    const row = await t.db.pool.query('select password_changed_at from users where id = $1', [owner.user.id]);
    expect(row.rows[0].password_changed_at).toBeInstanceOf(Date);

    expect((await login(t.app, owner)).statusCode).toBe(401);
    expect((await login(t.app, { email: owner.email, password: newPassword })).statusCode).toBe(200);

    const [mail] = await mailsTo(t, owner.email);
    expect(mail?.subject).toContain('Tu contraseña de AYNI cambió');
    expect((await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind)).toContain(
      'password_changed',
    );
  });
});
