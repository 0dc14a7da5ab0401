import { MacroSourceError } from './macro-errors';

/**
 * GET `url` and its body as text, whatever the content type, within `timeoutMs` (headers and
 * body). Network errors, timeouts, 5xx and 429 are transient; other non-2xx answers are not.
 */
export async function getText(url: string, timeoutMs: number, label: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (err) {
    throw new MacroSourceError(`${label}: ${describe(err, timeoutMs)}`, true);
  }
  const transient = response.status >= 500 || response.status === 429;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new MacroSourceError(`${label}: HTTP ${response.status}`, transient);
  }
  try {
    return await response.text();
  } catch (err) {
    throw new MacroSourceError(`${label}: ${describe(err, timeoutMs)} while reading the body`, true);
  }
}

function describe(err: unknown, timeoutMs: number): string {
  const name = (err as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  // fetch says only "fetch failed"; the cause names it (ENOTFOUND, ECONNREFUSED, ...).
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message;
  const message = (err as Error)?.message ?? String(err);
  return detail ? `${message} (${detail})` : message;
}
