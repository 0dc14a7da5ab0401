import type { Meta } from '@ayni/contracts';
import { ApiError, readErrorPayload } from './api-error';
import { apiUrl } from './config';
import { tokenStorage } from './token-storage';

/** Success envelope of every API answer. */
export interface Envelope<T, M = Meta> {
  data: T;
  meta: M;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** Send the Bearer token (default true). Login sets it to false. */
  auth?: boolean;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Fetches an API path and returns the parsed JSON body. Non-2xx answers throw `ApiError`;
 * a 401 on an authenticated request clears the token, which sends the UI back to the login page.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, auth = true } = options;
  const token = auth ? tokenStorage.get() : null;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;

  const response = await fetch(apiUrl(withQuery(path, query)), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const payload = await readBody(response);

  if (!response.ok) {
    // Only drop the token this request used; a newer login must survive a stale 401.
    if (response.status === 401 && token && tokenStorage.get() === token) tokenStorage.clear();
    throw new ApiError(response.status, readErrorPayload(payload));
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
};
