import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppEvent, DashboardSummary, MyCompany, User } from '@ayni/contracts';
import { WebSocketServer } from 'ws';
import { COMPANY_A, SUMMARY, TEST_PASSWORD, TEST_USER } from './fixtures';

/**
 * A tiny real HTTP server speaking the AYNI API, for component tests (no mocked functions).
 * Tests tweak `state` between steps and inspect `requests`.
 */
export interface ApiState {
  user: User;
  password: string;
  token: string;
  companies: MyCompany[];
  summaries: Record<string, DashboardSummary>;
  /** Status codes to answer the next dashboard summary requests with, consumed in order. */
  summaryFailures: number[];
  /** Delay before answering, to observe loading states. */
  delayMs: number;
  /** The refresh-token cookie login sets; `/auth/refresh` answers only to it (null: no session). */
  refreshToken: string | null;
  /** The access token `/auth/refresh` hands out (it becomes `token`). */
  refreshedToken: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  cookie: string | undefined;
}

export interface FakeApi {
  url: string;
  state: ApiState;
  requests: RecordedRequest[];
  /** Sends an event to every connected WebSocket client. */
  broadcast: (event: AppEvent) => void;
  socketCount: () => number;
  close: () => Promise<void>;
}

const META = () => ({ timestamp: new Date().toISOString(), request_id: 'test-request' });

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, code: string, message: string, messageEs?: string): void {
  send(res, status, { error: { code, message, message_es: messageEs }, meta: META() });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function defaultState(): ApiState {
  return {
    user: TEST_USER,
    password: TEST_PASSWORD,
    token: 'test-access-token',
    companies: [COMPANY_A],
    summaries: { [COMPANY_A.id]: SUMMARY },
    summaryFailures: [],
    delayMs: 0,
    refreshToken: 'test-refresh-token',
    refreshedToken: 'test-access-token-refreshed',
  };
}

export async function startFakeApi(initial: Partial<ApiState> = {}): Promise<FakeApi> {
  const state: ApiState = { ...defaultState(), ...initial };
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Credentialed CORS (the refresh cookie): echo the origin instead of '*'.
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, OPTIONS');
    if (req.method === 'OPTIONS') return send(res, 204);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
    });
    if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));

    if (req.method === 'POST' && url.pathname === '/api/v1/auth/login') {
      const body = await readJson(req);
      if (body.email !== state.user.email || body.password !== state.password) {
        return fail(res, 401, 'UNAUTHORIZED', 'Invalid email or password', 'Correo o contraseña inválidos');
      }
      const refresh_token = state.refreshToken ?? 'none';
      const data = {
        access_token: state.token,
        token_type: 'Bearer',
        expires_in: 900,
        refresh_token,
        user: state.user,
      };
      res.setHeader('Set-Cookie', `ayni_refresh=${refresh_token}; Path=/api/v1/auth; HttpOnly`);
      return send(res, 200, { data, meta: META() });
    }
    if (req.method === 'POST' && url.pathname === '/api/v1/auth/refresh') {
      if (!state.refreshToken || req.headers.cookie !== `ayni_refresh=${state.refreshToken}`) {
        return fail(res, 401, 'UNAUTHORIZED', 'Session expired', 'Tu sesión expiró; inicia sesión de nuevo');
      }
      state.token = state.refreshedToken;
      const data = {
        access_token: state.token,
        token_type: 'Bearer',
        expires_in: 900,
        refresh_token: state.refreshToken,
        user: state.user,
      };
      return send(res, 200, { data, meta: META() });
    }
    if (req.method === 'POST' && url.pathname === '/api/v1/auth/logout') {
      state.refreshToken = null;
      return send(res, 200, { data: { ok: true }, meta: META() });
    }
    if (req.headers.authorization !== `Bearer ${state.token}`) {
      return fail(res, 401, 'UNAUTHORIZED', 'Missing or invalid token', 'Sesión inválida o expirada');
    }
    if (url.pathname === '/api/v1/auth/me') return send(res, 200, { data: state.user, meta: META() });
    if (url.pathname === '/api/v1/companies') {
      const meta = { ...META(), page: 1, page_size: 50, total: state.companies.length };
      return send(res, 200, { data: state.companies, meta });
    }
    const dashboard = /^\/api\/v1\/companies\/([^/]+)\/dashboard\/summary$/.exec(url.pathname);
    if (dashboard?.[1]) {
      const failure = state.summaryFailures.shift();
      if (failure)
        return fail(res, failure, 'INTERNAL_ERROR', 'Something broke', 'Algo falló en el servidor');
      const summary = state.summaries[dashboard[1]];
      if (!summary) return fail(res, 404, 'NOT_FOUND', 'Company not found', 'Empresa no encontrada');
      return send(res, 200, { data: summary, meta: META() });
    }
    return fail(res, 404, 'NOT_FOUND', 'Not found', 'No encontrado');
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/v1/ws' || url.searchParams.get('token') !== state.token) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (client) => wss.emit('connection', client, req));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    broadcast: (event) => {
      for (const client of wss.clients) client.send(JSON.stringify(event));
    },
    socketCount: () => wss.clients.size,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
