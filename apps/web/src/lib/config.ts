/**
 * Where the API lives. Empty string means "same origin" (production, and dev through the Vite proxy).
 * Tests point it at a throwaway HTTP server with `setApiBaseUrl`.
 */
let apiBaseUrl = normalize(import.meta.env.VITE_API_BASE_URL ?? '');

function normalize(url: string): string {
  return url.replace(/\/+$/, '');
}

export function getApiBaseUrl(): string {
  return apiBaseUrl;
}

export function setApiBaseUrl(url: string): void {
  apiBaseUrl = normalize(url);
}

/** Absolute or origin-relative URL for an API path such as `/api/v1/companies`. */
export function apiUrl(path: string): string {
  return `${apiBaseUrl}${path}`;
}

/** WebSocket URL for an API path, using ws:// or wss:// to match the page (or the configured API). */
export function wsUrl(path: string): string {
  const url = new URL(`${apiBaseUrl || window.location.origin}${path}`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
