import type { WebhookAttempt } from '@ayni/contracts';
import { signAyniPayload } from './webhook-signature';
import { assertDeliverableUrl, type WebhookUrlPolicy } from './webhook-url';

/** Response bytes kept in the delivery log. */
export const RESPONSE_BODY_LIMIT = 1024;

/** Reads at most `limit` bytes of the answer; a huge or endless body is not waited for. */
async function readCapped(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

/**
 * One signed POST of `body` to `url`. Never throws: network errors, timeouts and refused
 * addresses come back as a failed attempt with `error` set.
 */
export async function sendWebhook(request: {
  url: string;
  secret: string;
  body: string;
  eventType: string;
  deliveryId: string;
  attempt: number;
  timeoutMs: number;
  policy: WebhookUrlPolicy;
  now: () => number;
}): Promise<WebhookAttempt & { ok: boolean }> {
  const startedAt = request.now();
  const started = performance.now();
  const done = (fields: { status: number | null; body: string | null; error: string | null }) => ({
    ok: fields.status !== null && fields.status >= 200 && fields.status < 300,
    attempt: request.attempt,
    at: new Date(startedAt).toISOString(),
    response_status: fields.status,
    response_body: fields.body,
    duration_ms: Math.round(performance.now() - started),
    error: fields.error,
  });
  try {
    await assertDeliverableUrl(request.url, request.policy);
    const timestamp = Math.floor(startedAt / 1000);
    const response = await fetch(request.url, {
      method: 'POST',
      // A redirect could lead to a private address: it counts as a failure, never followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'AYNI-Webhooks/1',
        'AYNI-Signature': signAyniPayload(request.secret, request.body, timestamp),
        'AYNI-Event': request.eventType,
        'AYNI-Delivery': request.deliveryId,
      },
      body: request.body,
    });
    const text = await readCapped(response, RESPONSE_BODY_LIMIT);
    const ok = response.status >= 200 && response.status < 300;
    return done({ status: response.status, body: text, error: ok ? null : `HTTP ${response.status}` });
  } catch (err) {
    const error =
      err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
        ? `timeout after ${request.timeoutMs} ms`
        : err instanceof Error
          ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message).slice(0, 300)
          : String(err);
    return done({ status: null, body: null, error });
  }
}
