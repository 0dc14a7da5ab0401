import type { CompanyDetail, MyCompany } from '@ayni/contracts';
import { normalizeRut, PERMISSIONS, REGIONS } from '@ayni/contracts';
import { EMPTY_SUMMARY } from '../fixtures';
import { companyFor } from './access';
import { type Ctx, fail, nextId, ok, okList, route, str } from './http';
import { locationRoutes, locationsOf } from './location-routes';
import { memberOf } from './state';

const ID = '([^/]+)';

/** The benchmarks choice lives on the detail only (not on the list entry), so it is kept aside. */
const benchmarkOptIn = new WeakMap<MyCompany, boolean>();

function detail(ctx: Ctx, company: MyCompany): CompanyDetail {
  return {
    ...company,
    timezone: 'America/Santiago',
    benchmark_opt_in: benchmarkOptIn.get(company) ?? true,
    created_at: '2026-01-15T12:00:00.000Z',
    locations: locationsOf(ctx, company.id),
  };
}

const invalid = (ctx: Ctx, field: string, message = 'invalid', messageEs = 'Datos inválidos') =>
  fail(ctx.res, 400, 'VALIDATION_ERROR', message, messageEs, [{ field: `body.${field}`, message }]);

function create(ctx: Ctx) {
  const { body, state } = ctx;
  const rut = normalizeRut(str(body.rut));
  if (!rut) return invalid(ctx, 'rut', 'invalid RUT', 'RUT inválido');
  if (!str(body.name).trim()) return invalid(ctx, 'name');
  if (!(REGIONS as readonly string[]).includes(str(body.region))) return invalid(ctx, 'region');
  const locations = Array.isArray(body.locations) ? (body.locations as Array<Record<string, unknown>>) : [];
  if (locations.length === 0) return invalid(ctx, 'locations');
  if (state.takenRuts.includes(rut) || state.companies.some((company) => company.rut === rut)) {
    return fail(
      ctx.res,
      409,
      'CONFLICT',
      'A company with this RUT is already registered',
      'Ya existe una empresa registrada con este RUT',
      [{ field: 'body.rut', message: 'already registered' }],
    );
  }
  const company = {
    id: nextId(),
    name: str(body.name).trim(),
    rut,
    industry: body.industry,
    size: body.size,
    region: str(body.region),
    role: 'owner',
    default_dashboard: 'owner',
    is_demo: false,
    permissions: [...PERMISSIONS],
  } as MyCompany;
  state.companies.push(company);
  state.summaries[company.id] = EMPTY_SUMMARY;
  state.members[company.id] = [memberOf(state.user, 'owner', new Date().toISOString())];
  state.locations[company.id] = locations.map((location) => ({
    id: nextId(),
    name: str(location.name),
    address: str(location.address) || null,
    created_at: new Date().toISOString(),
  }));
  ok(ctx.res, detail(ctx, company), 201);
}

type Handler = (ctx: Ctx, companyId: string) => void;

function summary(ctx: Ctx, companyId: string) {
  const failure = ctx.state.summaryFailures.shift();
  const found = ctx.state.summaries[companyId];
  if (failure) fail(ctx.res, failure, 'INTERNAL_ERROR', 'Something broke', 'Algo falló en el servidor');
  else if (!found) fail(ctx.res, 404, 'NOT_FOUND', 'Company not found', 'Empresa no encontrada');
  else ok(ctx.res, found);
}

function update(ctx: Ctx, companyId: string) {
  const company = companyFor(ctx, companyId, 'manage_company');
  if (!company) return;
  if ('region' in ctx.body && !(REGIONS as readonly string[]).includes(str(ctx.body.region))) {
    return invalid(ctx, 'region');
  }
  const { name, industry, size, region } = ctx.body as Partial<MyCompany>;
  const changes = Object.entries({ name, industry, size, region }).filter(([, value]) => value);
  Object.assign(company, Object.fromEntries(changes));
  if (typeof ctx.body.benchmark_opt_in === 'boolean') benchmarkOptIn.set(company, ctx.body.benchmark_opt_in);
  ok(ctx.res, detail(ctx, company));
}

function remove(ctx: Ctx, companyId: string) {
  const company = companyFor(ctx, companyId, 'delete_data');
  if (!company) return;
  ctx.state.companies = ctx.state.companies.filter((item) => item.id !== company.id);
  const now = Date.now();
  const purgeAfter = new Date(now + 30 * 86_400_000).toISOString();
  ok(ctx.res, { id: company.id, deleted_at: new Date(now).toISOString(), purge_after: purgeAfter });
}

function audit(ctx: Ctx, companyId: string) {
  const company = companyFor(ctx, companyId, 'view_audit');
  if (!company) return;
  const page = Number(ctx.url.searchParams.get('page') ?? 1);
  const size = Number(ctx.url.searchParams.get('page_size') ?? 50);
  const all = ctx.state.audit[company.id] ?? [];
  okList(ctx.res, all.slice((page - 1) * size, page * size), page, size, all.length);
}

function exportZip(ctx: Ctx, companyId: string) {
  const company = companyFor(ctx, companyId, 'export');
  if (!company || !companyFor(ctx, company.id, 'manage_company')) return;
  ctx.res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Disposition': 'attachment; filename="ayni-export-almacen.zip"',
  });
  // An empty ZIP: just the end-of-central-directory record.
  ctx.res.end(Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000'), 'latin1'));
}

const COMPANY_ROUTES: Array<[string, RegExp, Handler]> = [
  ['GET', new RegExp(`^/api/v1/companies/${ID}/dashboard/summary$`), summary],
  [
    'GET',
    new RegExp(`^/api/v1/companies/${ID}$`),
    (ctx, id) => {
      const company = companyFor(ctx, id);
      if (company) ok(ctx.res, detail(ctx, company));
    },
  ],
  ['PATCH', new RegExp(`^/api/v1/companies/${ID}$`), update],
  ['DELETE', new RegExp(`^/api/v1/companies/${ID}$`), remove],
  ['GET', new RegExp(`^/api/v1/companies/${ID}/audit$`), audit],
  ['GET', new RegExp(`^/api/v1/companies/${ID}/export$`), exportZip],
];

/** Companies, their profile and locations, the dashboard summary, the audit log and the export. */
export function companyRoutes(ctx: Ctx): boolean {
  if (ctx.path === '/api/v1/companies' && ctx.method === 'GET') {
    okList(ctx.res, ctx.state.companies);
    return true;
  }
  if (ctx.path === '/api/v1/companies' && ctx.method === 'POST') {
    create(ctx);
    return true;
  }
  for (const [method, pattern, handler] of COMPANY_ROUTES) {
    const params = route(ctx, method, pattern);
    if (params) {
      handler(ctx, params[0] ?? '');
      return true;
    }
  }
  return locationRoutes(ctx);
}
