import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { createTokenService } from '../../lib/tokens';

describe('auth', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Auth');
  });
  afterAll(() => t.close());

  it('logs in with the right password (e-mail case-insensitive) and returns a bearer token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: owner.email.toUpperCase(), password: owner.password },
    });
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.token_type).toBe('Bearer');
    expect(data.expires_in).toBe(900);
    expect(data.user).toEqual({
      id: owner.user.id,
      email: owner.email,
      name: 'Auth',
      is_platform_admin: false,
    });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(data.access_token),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().data.id).toBe(owner.user.id);
  });

  it('rejects a wrong password and an unknown e-mail alike, in both languages', async () => {
    for (const payload of [
      { email: owner.email, password: 'wrong password!' },
      { email: 'nobody@example.cl', password: owner.password },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({
        code: 'UNAUTHORIZED',
        message: 'Invalid e-mail or password',
        message_es: 'Correo o contraseña incorrectos',
      });
    }
  });

  it('validates the body with field-level details', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nope' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password']));
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('VALIDATION_ERROR');
  });

  it('refuses missing, forged and expired tokens', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const forged = await createTokenService('another-secret-that-is-at-least-32-chars').sign({
      userId: owner.user.id,
    });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(forged) });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHORIZED');
    const garbage = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer('a.b.c') });
    expect(garbage.statusCode).toBe(401);
  });

  it('lists the companies of the signed-in user with the role', async () => {
    const token = await loginAs(t.app, owner.email, owner.password);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/companies', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([
      expect.objectContaining({ id: owner.company.id, name: 'Auth SpA', role: 'owner', industry: 'retail' }),
    ]);
    expect(res.json().meta.total).toBe(1);
  });
});
