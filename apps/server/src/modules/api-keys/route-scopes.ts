import type { ApiKeyScope } from '@ayni/contracts';

/**
 * The one table of what API keys may reach: route (as registered, e.g.
 * `/api/v1/companies/:companyId/metrics`) and method → the scope it needs. A route that matches
 * no entry refuses keys, so a new route is closed to keys until someone adds it here.
 */
const COMPANY = '^/api/v1/companies/:companyId';

const RULES: { methods: readonly string[]; route: RegExp; scope: ApiKeyScope }[] = [
  // Reading the company's figures.
  {
    methods: ['GET', 'HEAD'],
    route: new RegExp(
      `${COMPANY}/(dashboard|metrics|products|customers|categories|locations/sales|sellers|payment-methods|hours|insights|benchmarks|macro|explorer|exports|analytics)(/|$)`,
    ),
    scope: 'analytics:read',
  },
  // Company-independent reference data the figures refer to.
  {
    methods: ['GET', 'HEAD'],
    route: /^\/api\/v1\/(catalog|macro|benchmarks\/cohorts)(\/|$)/,
    scope: 'analytics:read',
  },
  // Sending sales: files, their preview and history, and push ingestion.
  { methods: ['GET', 'HEAD', 'POST'], route: new RegExp(`${COMPANY}/uploads(/|$)`), scope: 'uploads:write' },
  { methods: ['GET', 'HEAD', 'POST'], route: /^\/api\/v1\/uploads\/:uploadId(\/|$)/, scope: 'uploads:write' },
  { methods: ['POST'], route: new RegExp(`${COMPANY}/transactions$`), scope: 'uploads:write' },
];

/** The scope a key needs for this route, or null when keys may not use it at all. */
export function scopeForRoute(method: string, route: string | undefined): ApiKeyScope | null {
  if (!route) return null;
  const rule = RULES.find((r) => r.methods.includes(method) && r.route.test(route));
  return rule?.scope ?? null;
}
