import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authEventsOf,
  getMe,
  linkToken,
  login,
  mailsTo,
  post,
  registerUser,
} from '../../../test/auth-helpers';
import { buildTestApp, type TestApp } from '../../../test/helpers';

const VERIFY = '/api/v1/auth/verify-email';

describe('e-mail verification', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(() => t.close());

  async function signedUp() {
    const account = await registerUser(t.app);
    const [mail] = await mailsTo(t, account.email);
    const token = linkToken(mail?.text ?? '', 'verify-email');
    const session = (await login(t.app, account)).json().data;
    return { ...account, token, accessToken: session.access_token as string };
  }

  it('marks the e-mail verified with the token from the link, once', async () => {
    const account = await signedUp();
    expect((await getMe(t.app, account.accessToken)).json().data.email_verified).toBe(false);

    const res = await post(t.app, VERIFY, { token: account.token });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ id: account.user.id, email_verified: true });
    expect((await getMe(t.app, account.accessToken)).json().data.email_verified).toBe(true);
    const row = await t.db.pool.query('select email_verified_at from users where id = $1', [account.user.id]);
    expect(row.rows[0].email_verified_at).toBeInstanceOf(Date);
    expect((await authEventsOf(t, { userId: account.user.id })).map((e) => e.kind)).toContain(
      'email_verified',
    );

    const again = await post(t.app, VERIFY, { token: account.token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      message_es: 'El enlace no es válido o ya expiró',
      details: [{ field: 'token', message: 'This link is not valid or has expired' }],
    });
  });

  it('refuses an unknown and an expired token', async () => {
    expect((await post(t.app, VERIFY, { token: 'not-a-real-token' })).statusCode).toBe(400);
    const account = await signedUp();
    await t.db.pool.query(
      "update user_tokens set expires_at = now() - interval '1 second' where user_id = $1",
      [account.user.id],
    );
    expect((await post(t.app, VERIFY, { token: account.token })).statusCode).toBe(400);
    expect((await getMe(t.app, account.accessToken)).json().data.email_verified).toBe(false);
  });

  it('sends a new link on request, which then works', async () => {
    const account = await signedUp();
    const res = await post(t.app, `${VERIFY}/resend`, undefined, { token: account.accessToken });
    expect(res.statusCode).toBe(200);
    const mails = await mailsTo(t, account.email);
    expect(mails).toHaveLength(2);
    const fresh = linkToken(mails[0]?.text ?? '', 'verify-email');
    expect(fresh).not.toBe(account.token);
    expect((await post(t.app, VERIFY, { token: fresh })).statusCode).toBe(200);

    // Already verified: nothing more is sent.
    await post(t.app, `${VERIFY}/resend`, undefined, { token: account.accessToken });
    expect(await mailsTo(t, account.email)).toHaveLength(2);
    expect((await post(t.app, `${VERIFY}/resend`)).statusCode).toBe(401);
  });
});
