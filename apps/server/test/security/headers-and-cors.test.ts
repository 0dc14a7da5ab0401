import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../helpers';
import { buildSecureApp } from './security-app';

const ADMIN_ORIGIN = 'https://admin.partner.cl';

describe('security headers and CORS', () => {
  let secure: Awaited<ReturnType<typeof buildSecureApp>>;
  let dev: TestApp;
  let token: string;
  let companyId: string;

  beforeAll(async () => {
    secure = await buildSecureApp({ corsOrigins: [ADMIN_ORIGIN], hsts: true });
    dev = await buildTestApp({ startWorker: false });
    const owner = await createOwner(secure.db);
    companyId = owner.company.id;
    token = await loginAs(secure.app, owner.email, owner.password);
  });
  afterAll(async () => {
    await secure?.close();
    await dev?.close();
  });

  const expectBaseHeaders = (headers: Record<string, unknown>) => {
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  };

  it('sets the headers on public JSON, authenticated JSON, errors and downloads', async () => {
    const health = await secure.app.inject({ url: '/api/v1/health' });
    expectBaseHeaders(health.headers);
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(health.headers['content-security-policy'])).toContain('upgrade-insecure-requests');

    const companies = await secure.app.inject({ url: '/api/v1/companies', headers: bearer(token) });
    expect(companies.statusCode).toBe(200);
    expectBaseHeaders(companies.headers);

    const unauthorized = await secure.app.inject({ url: `/api/v1/companies/${companyId}/dashboard/summary` });
    expect(unauthorized.statusCode).toBe(401);
    expectBaseHeaders(unauthorized.headers);

    const missing = await secure.app.inject({ url: '/api/v1/no-such-route' });
    expect(missing.statusCode).toBe(404);
    expectBaseHeaders(missing.headers);

    const download = await secure.app.inject({
      url: `/api/v1/companies/${companyId}/export`,
      headers: bearer(token),
    });
    expect(download.statusCode).toBe(200);
    expectBaseHeaders(download.headers);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment; filename="/);
  });

  it('sends no HSTS and no upgrade-insecure-requests outside production on http', async () => {
    const health = await dev.app.inject({ url: '/api/v1/health' });
    expectBaseHeaders(health.headers);
    expect(health.headers['strict-transport-security']).toBeUndefined();
    expect(String(health.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });

  const preflight = (app: typeof secure.app, origin: string) =>
    app.inject({
      method: 'OPTIONS',
      url: `/api/v1/companies/${companyId}/dashboard/summary`,
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });

  it('answers the preflight of a listed origin and lets it read responses', async () => {
    const res = await preflight(secure.app, ADMIN_ORIGIN);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
    expect(String(res.headers['access-control-allow-headers'])).toContain('authorization');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();

    const get = await secure.app.inject({
      url: `/api/v1/companies/${companyId}/dashboard/summary`,
      headers: { ...bearer(token), origin: ADMIN_ORIGIN },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBe(ADMIN_ORIGIN);
  });

  it('gives other origins no CORS grant (the browser then blocks the read)', async () => {
    for (const origin of ['https://evil.example', 'https://admin.partner.cl.evil.example', 'null']) {
      const res = await preflight(secure.app, origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const get = await secure.app.inject({
        url: `/api/v1/companies/${companyId}/dashboard/summary`,
        headers: { ...bearer(token), origin },
      });
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    }
    // Default configuration: same origin only.
    const res = await preflight(dev.app, ADMIN_ORIGIN);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
