import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEventsOf, getMe, login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

const SETUP = '/api/v1/auth/2fa/setup';
const ENABLE = '/api/v1/auth/2fa/enable';
const DISABLE = '/api/v1/auth/2fa/disable';

describe('TOTP two-factor authentication', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let secret: string;
  /** The current code, after forgetting the last step used (as if the next 30 s had come). */
  const freshCode = async () => {
    await t.db.pool.query('update users set totp_last_step = null where id = $1', [owner.user.id]);
    return generate({ secret });
  };
  let recoveryCodes: string[];
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Careful');
  });
  afterAll(() => t.close());

  const signIn = (totp?: string) =>
    login(t.app, { email: owner.email, password: owner.password, ...(totp ? { totp } : {}) });

  it('sets up a secret and enables two-factor with a code from the app, returning 10 recovery codes', async () => {
    const token = (await signIn()).json().data.access_token;
    const setup = await post(t.app, SETUP, undefined, { token });
    expect(setup.statusCode).toBe(200);
    secret = setup.json().data.secret;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.json().data.otpauth_url).toMatch(/^otpauth:\/\/totp\/AYNI:.+secret=[A-Z2-7]+/);

    const wrong = await post(t.app, ENABLE, { code: '000000' }, { token });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      message_es: 'El código de verificación no es válido',
      details: [{ field: 'code' }],
    });
    expect((await getMe(t.app, token)).json().data.two_factor_enabled).toBe(false);

    const enabled = await post(t.app, ENABLE, { code: await freshCode() }, { token });
    expect(enabled.statusCode).toBe(200);
    recoveryCodes = enabled.json().data.recovery_codes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const stored = await t.db.pool.query('select code_hash from recovery_codes where user_id = $1', [
      owner.user.id,
    ]);
    expect(stored.rows).toHaveLength(10);
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    expect((await getMe(t.app, token)).json().data.two_factor_enabled).toBe(true);

    expect((await post(t.app, SETUP, undefined, { token })).statusCode).toBe(409);
  });

  it('asks for the code at sign-in, refuses a wrong one and accepts a current one', async () => {
    const missing = await signIn();
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Two-factor code required',
      message_es: 'Se requiere el código de verificación',
      details: [{ field: 'totp', message: 'Two-factor code required' }],
    });

    const current = await freshCode();
    const wrongCode = current === '123456' ? '654321' : '123456';
    const wrong = await signIn(wrongCode);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: 'UNAUTHORIZED',
      message_es: 'El código de verificación no es válido',
      details: [{ field: 'totp' }],
    });
    // A wrong password is still just a wrong password (the code is not even looked at).
    const badPassword = await login(t.app, { email: owner.email, password: 'nope nope nope', totp: current });
    expect(badPassword.json().error.message).toBe('Invalid e-mail or password');

    const ok = await signIn(current);
    expect(ok.statusCode).toBe(200);
    expect((await getMe(t.app, ok.json().data.access_token)).statusCode).toBe(200);
  });

  it('accepts each recovery code once (with or without the dash, any case)', async () => {
    const code = recoveryCodes[3] as string;
    const first = await signIn(code.replace('-', '').toLowerCase());
    expect(first.statusCode).toBe(200);
    const reused = await signIn(code);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.details).toEqual([{ field: 'totp', message: 'Invalid two-factor code' }]);
    const used = await t.db.pool.query(
      'select count(*)::int as n from recovery_codes where user_id = $1 and used_at is not null',
      [owner.user.id],
    );
    expect(used.rows[0].n).toBe(1);
    expect((await signIn(recoveryCodes[4])).statusCode).toBe(200);
  });

  it('records the second-factor steps in auth_events', async () => {
    const kinds = (await authEventsOf(t, { userId: owner.user.id })).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['totp_enabled', 'totp_required', 'totp_failed', 'recovery_code_used', 'ok']),
    );
  });

  it('turns two-factor off only with the password and a code', async () => {
    const token = (await signIn(await freshCode())).json().data.access_token;
    const badPassword = await post(
      t.app,
      DISABLE,
      { password: 'wrong wrong', code: await freshCode() },
      { token },
    );
    expect(badPassword.statusCode).toBe(400);
    expect(badPassword.json().error.details).toEqual([{ field: 'password', message: expect.any(String) }]);
    const badCode = await post(t.app, DISABLE, { password: owner.password, code: '000000' }, { token });
    expect(badCode.statusCode).toBe(400);

    const off = await post(t.app, DISABLE, { password: owner.password, code: await freshCode() }, { token });
    expect(off.statusCode).toBe(200);
    expect((await getMe(t.app, token)).json().data.two_factor_enabled).toBe(false);
    const left = await t.db.pool.query('select count(*)::int as n from recovery_codes where user_id = $1', [
      owner.user.id,
    ]);
    expect(left.rows[0].n).toBe(0);
    expect((await signIn()).statusCode).toBe(200);
  });
});
