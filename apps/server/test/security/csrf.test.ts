import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createOwner } from '../helpers';
import { buildSecureApp, PUBLIC_URL } from './security-app';

const PARTNER = 'https://admin.partner.cl';

/** The `ayni_refresh=...` pair a response sets, ready for a Cookie header. */
function refreshCookie(res: LightMyRequestResponse): string {
  const set = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('ayni_refresh='));
  if (!set) throw new Error(`no refresh cookie: ${res.statusCode} ${res.body}`);
  return set.split(';')[0] as string;
}

describe('CSRF: cookie-authenticated routes need a request from the app', () => {
  let secure: Awaited<ReturnType<typeof buildSecureApp>>;
  let owner: Awaited<ReturnType<typeof createOwner>>;

  beforeAll(async () => {
    secure = await buildSecureApp({ corsOrigins: [PARTNER], hsts: true });
    owner = await createOwner(secure.db);
  });
  afterAll(async () => secure?.close());

  const login = async () => {
    const res = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: PUBLIC_URL },
      payload: { email: owner.email, password: owner.password },
    });
    expect(res.statusCode).toBe(200);
    return { cookie: refreshCookie(res), access: res.json().data.access_token as string };
  };
  const refresh = (cookie: string, headers: Record<string, string> = {}) =>
    secure.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie, ...headers } });

  it('refuses refresh with the cookie but no origin, or a foreign one, without using the token', async () => {
    const { cookie } = await login();
    const attempts: Array<Record<string, string>> = [
      {},
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { referer: 'https://evil.example/page' },
      { origin: 'https://ayni.example.cl.evil.example' },
    ];
    for (const headers of attempts) {
      const res = await refresh(cookie, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.json().error.message_es).toContain('rechazada');
    }
    // The refused attempts never reached the token: it still works once, from the app.
    const ok = await refresh(cookie, { origin: PUBLIC_URL });
    expect(ok.statusCode).toBe(200);
    // The rotated cookie, from a page of the app that sent only a Referer, and from a listed origin.
    const again = await refresh(refreshCookie(ok), { referer: `${PUBLIC_URL}/c/x/dashboard` });
    expect(again.statusCode).toBe(200);
    const partner = await refresh(refreshCookie(again), { origin: PARTNER });
    expect(partner.statusCode).toBe(200);
  });

  it('accepts the host the request was sent to as its own origin', async () => {
    const { cookie } = await login();
    const res = await refresh(cookie, { origin: 'http://localhost', host: 'localhost:80' });
    expect(res.statusCode).toBe(200);
    const port = await refresh(refreshCookie(res), { origin: 'http://10.0.0.5:8080', host: '10.0.0.5:8080' });
    expect(port.statusCode).toBe(200);
  });

  it('protects logout the same way', async () => {
    const { cookie } = await login();
    const refused = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(refused.statusCode).toBe(403);
    // The session survived the forged logout.
    expect((await refresh(cookie, { origin: PUBLIC_URL })).statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site (login CSRF), without setting a cookie', async () => {
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { referer: 'https://evil.example/' },
    ]) {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { email: owner.email, password: owner.password },
      });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.message).toBe('Cross-site request refused');
      expect(res.json().error.message_es).toBe('Solicitud rechazada: no viene de la aplicación');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const partner = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: PARTNER },
      payload: { email: owner.email, password: owner.password },
    });
    expect(partner.statusCode).toBe(200);
  });

  it('leaves bearer-token and body-token clients alone (no cookie, no Origin)', async () => {
    const { access } = await login();
    const body = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: owner.email, password: owner.password },
    });
    expect(body.statusCode).toBe(200);
    const refreshed = await secure.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refresh_token: body.json().data.refresh_token },
    });
    expect(refreshed.statusCode).toBe(200);
    const companies = await secure.app.inject({ url: '/api/v1/companies', headers: bearer(access) });
    expect(companies.statusCode).toBe(200);
    const rename = await secure.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${owner.company.id}/analytics/refresh`,
      headers: bearer(access),
    });
    expect(rename.statusCode).toBe(202);
  });
});
