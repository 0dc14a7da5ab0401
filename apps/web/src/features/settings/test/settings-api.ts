import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CompanySettings,
  companySettingsPatchSchema,
  companySettingsSchema,
  type DataPolicy,
  type MappingTemplate,
} from '@ayni/contracts';
import { fail, ok, okList, readJson, send } from '../../../../test/fake-api/http';

export const COMPANY_ID = '0f0e2d3c-4b5a-4968-8776-655443322110';
export const TOKEN = 'settings-test-token';

export interface SettingsApiState {
  settings: CompanySettings;
  policy: DataPolicy;
  templates: MappingTemplate[];
}

export interface SentRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export const initialSettingsState = (): SettingsApiState => ({
  settings: companySettingsSchema.parse({}),
  policy: { raw_file_retention_days: 15, deletion_grace_days: 30 },
  templates: [],
});

/**
 * A real HTTP server answering the settings, data-policy and mapping-template routes the way the
 * AYNI server does (validation by the contracts' schemas, the same error envelope).
 */
export async function startSettingsApi() {
  const state = initialSettingsState();
  const sent: SentRequest[] = [];
  const base = `/api/v1/companies/${COMPANY_ID}`;

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, PATCH, DELETE, OPTIONS');
    if (req.method === 'OPTIONS') return send(res, 204);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    const body = method === 'GET' || method === 'DELETE' ? {} : await readJson(req);
    sent.push({ method, path, body });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return fail(res, 401, 'UNAUTHORIZED', 'Missing or invalid token', 'Sesión inválida o expirada');
    }
    if (path === `${base}/settings` && method === 'GET') return ok(res, state.settings);
    if (path === `${base}/settings` && method === 'PATCH') {
      const parsed = companySettingsPatchSchema.safeParse(body);
      if (!parsed.success) {
        const details = parsed.error.issues.map((issue) => ({
          field: ['body', ...issue.path.map(String)].join('.'),
          message: issue.message,
        }));
        return fail(res, 400, 'VALIDATION_ERROR', 'Request validation failed', undefined, details);
      }
      state.settings = { ...state.settings, ...parsed.data };
      return ok(res, state.settings);
    }
    if (path === `${base}/data-policy` && method === 'GET') return ok(res, state.policy);
    if (path === `${base}/mapping-templates` && method === 'GET') return okList(res, state.templates);
    const one = new RegExp(`^${base}/mapping-templates/([^/]+)$`).exec(path);
    const template = state.templates.find((item) => item.id === one?.[1]);
    if (one && !template) return fail(res, 404, 'NOT_FOUND', 'Template not found', 'Plantilla no encontrada');
    if (template && method === 'PATCH') {
      const name = typeof body.name === 'string' ? body.name.trim() : '';
      if (state.templates.some((item) => item.name === name && item.id !== template.id)) {
        return fail(
          res,
          409,
          'CONFLICT',
          'A template with that name exists',
          'Ya existe una plantilla con ese nombre',
        );
      }
      Object.assign(template, { name, updated_at: '2026-12-01T12:00:00.000Z' });
      return ok(res, template);
    }
    if (template && method === 'DELETE') {
      state.templates = state.templates.filter((item) => item !== template);
      return ok(res, template);
    }
    return fail(res, 404, 'NOT_FOUND', 'Not found', 'No encontrado');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    sent,
    reset: () => {
      Object.assign(state, initialSettingsState());
      sent.length = 0;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type SettingsApi = Awaited<ReturnType<typeof startSettingsApi>>;
