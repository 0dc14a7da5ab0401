import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorDetail } from '@ayni/contracts';
import type { ApiState } from './state';

export const META = () => ({ timestamp: new Date().toISOString(), request_id: 'test-request' });

export function send(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** `{ data, meta }` */
export function ok(res: ServerResponse, data: unknown, status = 200): void {
  send(res, status, { data, meta: META() });
}

/** `{ data: [...], meta: { page, page_size, total } }` */
export function okList(
  res: ServerResponse,
  data: unknown[],
  page = 1,
  pageSize = 50,
  total = data.length,
): void {
  send(res, 200, { data, meta: { ...META(), page, page_size: pageSize, total } });
}

export function fail(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  messageEs?: string,
  details?: ErrorDetail[],
): void {
  send(res, status, { error: { code, message, message_es: messageEs, details }, meta: META() });
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** One request, as route handlers see it. */
export interface Ctx {
  method: string;
  path: string;
  url: URL;
  body: Record<string, unknown>;
  req: IncomingMessage;
  res: ServerResponse;
  state: ApiState;
}

/** A handler answers and returns true, or returns false to let the next one try. */
export type Routes = (ctx: Ctx) => boolean | Promise<boolean>;

/** Path parameters when `method` and `pattern` match the request, else null. */
export function route(ctx: Ctx, method: string, pattern: RegExp): string[] | null {
  if (ctx.method !== method) return null;
  const match = pattern.exec(ctx.path);
  return match ? match.slice(1).map(decodeURIComponent) : null;
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let counter = 1000;
/** A fresh, valid-looking UUID. */
export const nextId = (): string => uuid(counter++);
