import { describe, expect, it } from 'vitest';
import { scopeForRoute } from './route-scopes';

const company = '/api/v1/companies/:companyId';

describe('the route → scope table of API keys', () => {
  it('opens the GETs of figures to analytics:read only', () => {
    for (const route of [
      `${company}/dashboard/summary`,
      `${company}/metrics`,
      `${company}/products/:productId`,
      `${company}/locations/sales`,
      `${company}/insights/:section`,
      `${company}/benchmarks/history`,
      `${company}/macro/correlations`,
      `${company}/exports/:level`,
      '/api/v1/macro/series/:code',
    ]) {
      expect(scopeForRoute('GET', route), route).toBe('analytics:read');
      expect(scopeForRoute('POST', route), route).toBeNull();
    }
  });

  it('opens uploads and push ingestion to uploads:write, but never deleting an upload', () => {
    expect(scopeForRoute('POST', `${company}/uploads`)).toBe('uploads:write');
    expect(scopeForRoute('POST', `${company}/uploads/preview`)).toBe('uploads:write');
    expect(scopeForRoute('GET', '/api/v1/uploads/:uploadId')).toBe('uploads:write');
    expect(scopeForRoute('POST', `${company}/transactions`)).toBe('uploads:write');
    expect(scopeForRoute('DELETE', '/api/v1/uploads/:uploadId')).toBeNull();
  });

  it('closes everything else, including look-alike paths', () => {
    for (const [method, route] of [
      ['GET', `${company}/members`],
      ['GET', `${company}/api-keys`],
      ['POST', `${company}/analytics/refresh`],
      ['GET', `${company}/export`],
      ['GET', `${company}/metricsx`],
      ['GET', `${company}/locations`],
      ['GET', '/api/v1/auth/me'],
      ['GET', undefined],
    ] as const) {
      expect(scopeForRoute(method, route), `${method} ${route}`).toBeNull();
    }
  });
});
