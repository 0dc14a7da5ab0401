import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, post } from '../../../test/auth-helpers';
import { buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

describe('TOTP replay protection', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Replay');
  });
  afterAll(() => t.close());

  it('never accepts the same code twice, even within its 30 seconds', async () => {
    const token = (await login(t.app, { email: owner.email, password: owner.password })).json().data
      .access_token;
    const secret = (await post(t.app, '/api/v1/auth/2fa/setup', undefined, { token })).json().data.secret;
    const enableCode = await generate({ secret });
    expect((await post(t.app, '/api/v1/auth/2fa/enable', { code: enableCode }, { token })).statusCode).toBe(
      200,
    );

    // The code that enabled two-factor is spent: it cannot also sign in.
    const reusedFromEnable = await login(t.app, {
      email: owner.email,
      password: owner.password,
      totp: enableCode,
    });
    expect(reusedFromEnable.statusCode).toBe(401);

    // As if the next 30 s had come: a new step, a new code, accepted once.
    await t.owner.pool.query('update users set totp_last_step = totp_last_step - 1 where id = $1', [
      owner.user.id,
    ]);
    const code = await generate({ secret });
    expect(
      (await login(t.app, { email: owner.email, password: owner.password, totp: code })).statusCode,
    ).toBe(200);
    const replayed = await login(t.app, { email: owner.email, password: owner.password, totp: code });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error.details).toEqual([{ field: 'totp', message: 'Invalid two-factor code' }]);
  });
});
