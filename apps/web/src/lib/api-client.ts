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
  /** `Accept` header (default JSON); downloads ask for their file type too. */
  accept?: string;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** Send the Bearer token (default true). Login sets it to false. */
  auth?: boolean;
  /** Send and accept cookies (the httpOnly refresh-token cookie); login uses 'include'. */
  credentials?: RequestCredentials;
}

/** Paths whose 401 means "wrong credentials", not "access token expired". */
const NO_REFRESH = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

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

let refreshing: Promise<string | null> | null = null;

/**
 * Trades the refresh-token cookie for a new access token (stored), or null if the session is
 * over. Calls made at once share one refresh: the server rotates the token on every use.
 */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(apiUrl('/api/v1/auth/refresh'), {
        method: 'POST',
        headers: { Accept: 'application/json' },
        credentials: 'include',
      });
      const payload = (await readBody(response)) as Envelope<{ access_token?: string }> | undefined;
      const token = response.ok ? payload?.data?.access_token : undefined;
      if (!token) return null;
      tokenStorage.set(token);
      return token;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const { method = 'GET', body, query, signal, credentials, accept = 'application/json' } = options;
  const headers: Record<string, string> = { Accept: accept };
  // FormData (file uploads) sets its own multipart Content-Type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(apiUrl(withQuery(path, query)), {
    method,
    headers,
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    signal,
    credentials,
  });
}

/**
 * Sends the request with the Bearer token. A 401 on an authenticated request first tries to
 * refresh the session once (refresh cookie) and retries. Non-2xx answers throw `ApiError`; a
 * final 401 clears the token, which sends the UI to the login page.
 */
async function authorizedFetch(path: string, options: RequestOptions): Promise<Response> {
  const auth = options.auth ?? true;
  const token = auth ? tokenStorage.get() : null;
  let used = token;
  let response = await send(path, options, used);

  if (response.status === 401 && auth && !NO_REFRESH.has(path)) {
    const fresh = await refreshAccessToken();
    if (fresh) {
      used = fresh;
      response = await send(path, options, used);
    }
  }
  if (!response.ok) {
    const payload = await readBody(response);
    // Only drop the token this request used; a newer login must survive a stale 401.
    if (response.status === 401 && used && tokenStorage.get() === used) tokenStorage.clear();
    throw new ApiError(response.status, readErrorPayload(payload));
  }
  return response;
}

/** Fetches an API path and returns the parsed JSON body (see `authorizedFetch` for errors). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await authorizedFetch(path, options);
  return (await readBody(response)) as T;
}

export interface Download {
  blob: Blob;
  /** From `Content-Disposition`, when the server named the file. */
  filename: string | null;
}

function filenameOf(disposition: string | null): string | null {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Downloads a file (e.g. the company export ZIP) with the Bearer token. */
export async function apiDownload(path: string, accept: string, signal?: AbortSignal): Promise<Download> {
  const response = await authorizedFetch(path, {
    method: 'GET',
    accept: `${accept}, application/json`,
    signal,
  });
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('content-disposition')) };
}

type NoBody = Omit<RequestOptions, 'method' | 'body'>;

export const api = {
  get: <T>(path: string, options?: NoBody) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: NoBody) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body?: unknown, options?: NoBody) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: NoBody) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
