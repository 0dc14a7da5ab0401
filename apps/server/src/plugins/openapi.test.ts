import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers';

type Operation = {
  security?: unknown[];
  responses: Record<string, unknown>;
  parameters?: Array<{ name: string }>;
};

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
    doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );

  it('is OpenAPI 3 and lists every API route the app serves', () => {
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const served = t.app.routeList
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.url !== '/api/v1/ws')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThanOrEqual(6);
    for (const route of served) expect(documented, route).toContain(route);
    expect(documented).toContain('GET /api/v1/companies/{companyId}/dashboard/summary');
  });

  it('gives every operation a 500 and every authenticated one bearer auth and a 401', () => {
    for (const { path, op } of operations()) {
      expect(op.responses, path).toHaveProperty('500');
      if (op.security) {
        expect(op.security).toEqual([{ bearerAuth: [] }]);
        expect(op.responses, path).toHaveProperty('401');
      }
    }
  });

  it('documents 404 and bearer auth on every company-scoped operation', () => {
    const scoped = operations().filter((o) => o.path.includes('{companyId}'));
    expect(scoped.length).toBeGreaterThanOrEqual(2);
    for (const { path, op } of scoped) {
      expect(op.security, path).toBeDefined();
      expect(op.responses, path).toHaveProperty('404');
    }
  });

  it('serves the interactive UI at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body.toLowerCase()).toContain('swagger');
  });
});
