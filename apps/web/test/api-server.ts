import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppEvent } from '@ayni/contracts';
import { WebSocketServer } from 'ws';
import { accountRoutes } from './fake-api/account-routes';
import { analyticsRoutes } from './fake-api/analytics-routes';
import { publicAuthRoutes } from './fake-api/auth-routes';
import { benchmarkRoutes } from './fake-api/benchmark-routes';
import { companyRoutes } from './fake-api/company-routes';
import { demoRoutes } from './fake-api/demo-routes';
import { type Ctx, fail, readJson, send } from './fake-api/http';
import { macroRoutes } from './fake-api/macro-routes';
import { teamRoutes } from './fake-api/member-routes';
import { type ApiState, defaultState } from './fake-api/state';

export { type ApiState, defaultState, TOTP_CODE } from './fake-api/state';

/**
 * A small real HTTP server speaking the AYNI API, for component tests (no mocked functions).
 * Tests tweak `state` between steps and inspect `requests`. Routes live in `fake-api/`.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  cookie: string | undefined;
  /** Parsed JSON body (empty for bodiless requests). */
  body: Record<string, unknown>;
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

/** Answered in this order; everything after `publicAuthRoutes` needs the Bearer token. */
const AUTHENTICATED = [
  accountRoutes,
  analyticsRoutes,
  macroRoutes,
  benchmarkRoutes,
  companyRoutes,
  teamRoutes,
];

export async function startFakeApi(initial: Partial<ApiState> = {}): Promise<FakeApi> {
  const state: ApiState = { ...defaultState(), ...initial };
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Credentialed CORS (the refresh cookie): echo the origin instead of '*'.
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
    if (req.method === 'OPTIONS') return send(res, 204);
    const body = req.method === 'GET' ? {} : await readJson(req);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      body,
    });
    if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));

    const ctx: Ctx = { method: req.method ?? 'GET', path: url.pathname, url, body, req, res, state };
    if (publicAuthRoutes(ctx) || demoRoutes(ctx)) return;
    if (req.headers.authorization !== `Bearer ${state.token}`) {
      return fail(res, 401, 'UNAUTHORIZED', 'Missing or invalid token', 'Sesión inválida o expirada');
    }
    for (const routes of AUTHENTICATED) if (await routes(ctx)) return;
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
