import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiKey, createApiKeyInputSchema } from '@ayni/contracts';
import { fail, ok, okList, readJson, send } from '../../../../test/fake-api/http';

export const COMPANY_ID = '3c1e7a52-8d0b-4f6e-9a21-5b7c9d0e1f24';
export const TOKEN = 'api-keys-test-token';

/**
 * A real HTTP server answering the API-key routes like the AYNI server: validation by the
 * contracts' schema, the key only in the creation answer, revocation marking the key.
 */
export async function startApiKeysApi() {
  const state = { keys: [] as ApiKey[], counter: 0 };
  const sent: { method: string; path: string; body: Record<string, unknown> }[] = [];
  const base = `/api/v1/companies/${COMPANY_ID}/api-keys`;

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
    if (req.method === 'OPTIONS') return send(res, 204);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    const body = method === 'POST' ? await readJson(req) : {};
    sent.push({ method, path, body });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return fail(res, 401, 'UNAUTHORIZED', 'Missing or invalid token', 'Sesión inválida o expirada');
    }
    if (path === base && method === 'GET') return okList(res, state.keys);
    if (path === base && method === 'POST') {
      const parsed = createApiKeyInputSchema.safeParse(body);
      if (!parsed.success) return fail(res, 400, 'VALIDATION_ERROR', 'Request validation failed');
      state.counter++;
      const secret = `ayni_Test${String(state.counter).padStart(28, '0')}`;
      const key: ApiKey = {
        id: `00000000-0000-4000-8000-${String(state.counter).padStart(12, '0')}`,
        name: parsed.data.name,
        prefix: secret.slice(0, 9),
        scopes: parsed.data.scopes,
        created_at: '2026-12-01T12:00:00.000Z',
        created_by: null,
        last_used_at: null,
        revoked_at: null,
      };
      state.keys.unshift(key);
      return ok(res, { ...key, key: secret }, 201);
    }
    const one = new RegExp(`^${base}/([^/]+)$`).exec(path);
    const key = state.keys.find((item) => item.id === one?.[1]);
    if (key && method === 'DELETE') {
      key.revoked_at = '2026-12-02T12:00:00.000Z';
      return ok(res, key);
    }
    return fail(res, 404, 'NOT_FOUND', 'Not found', 'No encontrado');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    sent,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
