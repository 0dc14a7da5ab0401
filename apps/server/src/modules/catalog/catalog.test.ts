import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_CATALOG, MACRO_FEATURE_CATALOG } from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { METRICS_DOC_PATH, metricsDoc } from './catalog.service';

describe('feature catalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('is served at GET /api/v1/catalog with both languages and the roles of each feature', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(res.statusCode).toBe(200);
    const features = res.json().data as {
      name: string;
      unit: string;
      roles: string[];
      description_es: string;
    }[];
    expect(features).toHaveLength(FEATURE_CATALOG.length + MACRO_FEATURE_CATALOG.length);
    const revenue = features.find((f) => f.name === 'revenue');
    expect(revenue).toMatchObject({ unit: 'CLP', format: 'currency' });
    expect(revenue?.roles).toContain('owner');
    expect(revenue?.description_es).toMatch(/devoluciones/);
    expect(res.json().meta.levels).toEqual(
      expect.arrayContaining(['line', 'day', 'week', 'month', 'customer']),
    );
    for (const f of features) expect(f.description_es.length * f.roles.length, f.name).toBeGreaterThan(0);
    expect(features.find((f) => f.name === 'revenue_uf')).toMatchObject({ unit: 'UF', group: 'macro' });
  });

  it(`keeps ${METRICS_DOC_PATH} current (run npm run docs:metrics after changing the catalog)`, () => {
    const committed = readFileSync(
      path.resolve(import.meta.dirname, '../../../../..', METRICS_DOC_PATH),
      'utf8',
    );
    expect(committed).toBe(metricsDoc());
  });
});
