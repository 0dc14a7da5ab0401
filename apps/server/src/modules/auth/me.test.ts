import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, login } from '../../../test/auth-helpers';
import { bearer, buildTestApp, createOwner, type TestApp } from '../../../test/helpers';

describe('GET and PATCH /auth/me', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    owner = await createOwner(t.db, 'Profile');
    token = (await login(t.app, owner)).json().data.access_token;
  });
  afterAll(() => t.close());

  const patch = (payload: object, auth = token) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', payload, headers: bearer(auth) });

  it('shows the account with its verification and two-factor state', async () => {
    const res = await getMe(t.app, token);
    expect(res.json().data).toEqual({
      id: owner.user.id,
      email: owner.email,
      name: 'Profile',
      is_platform_admin: false,
      email_verified: false,
      two_factor_enabled: false,
    });
  });

  it('renames the signed-in user (trimmed) and leaves everything else alone', async () => {
    const res = await patch({ name: '  María José Pérez ' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: owner.user.id,
      name: 'María José Pérez',
      email: owner.email,
    });
    expect((await getMe(t.app, token)).json().data.name).toBe('María José Pérez');

    const unchanged = await patch({});
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json().data.name).toBe('María José Pérez');
  });

  it('refuses an empty name and anonymous callers', async () => {
    const empty = await patch({ name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details).toEqual([{ field: 'body.name', message: expect.any(String) }]);
    const anonymous = await t.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', payload: { name: 'X' } });
    expect(anonymous.statusCode).toBe(401);
  });
});
