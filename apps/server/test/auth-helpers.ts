import { listAuthEvents, listOutboxFor } from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import type { TestApp } from './helpers';

let ipCounter = 0;

/** A client IP of its own (TEST-NET-3), so per-IP limits of one test never touch another's. */
export function freshIp(): string {
  ipCounter++;
  return `203.0.${113 + Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

export interface CallOptions {
  ip?: string;
  token?: string;
  cookies?: Record<string, string>;
  headers?: Record<string, string>;
}

/** POSTs JSON to the app the way a client at `ip` would. */
export function post(app: FastifyInstance, url: string, payload?: object, options: CallOptions = {}) {
  return app.inject({
    method: 'POST',
    url,
    ...(payload === undefined ? {} : { payload }),
    remoteAddress: options.ip ?? freshIp(),
    cookies: options.cookies,
    headers: {
      // A browser sends its Origin with the refresh cookie; the server refuses cookies without one (CSRF).
      ...(options.cookies ? { origin: 'http://localhost:3000' } : {}),
      ...options.headers,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
  });
}

export function getMe(app: FastifyInstance, token: string) {
  return app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
}

export function login(
  app: FastifyInstance,
  body: { email: string; password: string; totp?: string },
  options: CallOptions = {},
) {
  return post(app, '/api/v1/auth/login', body, options);
}

let userCounter = 0;

/** Registers a new account through the API; password 'Mate con sopaipillas 7'. */
export async function registerUser(app: FastifyInstance, name = 'Valentina Rojas') {
  userCounter++;
  const email = `user${userCounter}-${Date.now()}@example.cl`;
  const password = 'Mate con sopaipillas 7';
  const res = await post(app, '/api/v1/auth/register', { email, password, name });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return { email, password, user: res.json().data.user as { id: string; email: string } };
}

/** The e-mails sent to `email`, newest first. */
export function mailsTo(t: TestApp, email: string) {
  return listOutboxFor(t.db.db, email);
}

/** The token in a link to `page` (`/verify-email?token=...`) in an e-mail's text. */
export function linkToken(text: string, page: string): string {
  const match = new RegExp(`http://localhost:3000/${page}\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${page} link in: ${text}`);
  return decodeURIComponent(match[1]);
}

export function authEventsOf(t: TestApp, filter: { userId: string } | { email: string }) {
  return listAuthEvents(t.db.db, filter);
}

/** Runs SQL as the application role (platform tables have no row-level security). */
export function sqlAsApp(t: TestApp, text: string, values: unknown[] = []) {
  return t.db.pool.query(text, values);
}
