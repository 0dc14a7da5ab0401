import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookSchema, type Webhook, type WebhookDelivery } from '@ayni/contracts';
import { fail, ok, okList, readJson, send } from '../../../../test/fake-api/http';

export const COMPANY_ID = '3c1e7a52-8d0b-4f6e-9a21-5b7c9d0e1f24';
export const TOKEN = 'webhooks-test-token';

const AT = '2026-12-01T12:00:00.000Z';

/**
 * A real HTTP server answering the webhook routes like the AYNI server: validation by the
 * contracts' schema, the secret only when created, a test ping and redelivery adding to the log.
 */
export async function startWebhooksApi() {
  const state = { hooks: [] as Webhook[], deliveries: [] as WebhookDelivery[], counter: 0 };
  const sent: { method: string; path: string; body: Record<string, unknown> }[] = [];
  const base = `/api/v1/companies/${COMPANY_ID}/webhooks`;
  const nextId = () => `00000000-0000-4000-8000-${String(++state.counter).padStart(12, '0')}`;
  const delivery = (
    webhookId: string,
    eventType: string,
    status: WebhookDelivery['status'],
  ): WebhookDelivery => ({
    id: nextId(),
    webhook_id: webhookId,
    event_id: '11111111-1111-4111-8111-111111111111',
    event_type: eventType,
    status,
    attempts: 1,
    response_status: status === 'succeeded' ? 200 : 500,
    response_body: 'ok',
    duration_ms: 42,
    error: status === 'succeeded' ? null : 'HTTP 500',
    next_attempt_at: null,
    created_at: AT,
    delivered_at: status === 'succeeded' ? AT : null,
    attempt_log: [],
  });

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
    if (req.method === 'OPTIONS') return send(res, 204);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    const body = method === 'POST' || method === 'PATCH' ? await readJson(req) : {};
    sent.push({ method, path, body });
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return fail(res, 401, 'UNAUTHORIZED', 'Missing or invalid token', 'Sesión inválida o expirada');
    }
    if (path === base && method === 'GET') return okList(res, state.hooks);
    if (path === base && method === 'POST') {
      const parsed = createWebhookSchema.safeParse(body);
      if (!parsed.success) return fail(res, 400, 'VALIDATION_ERROR', 'Request validation failed');
      if (!parsed.data.url.startsWith('https://')) {
        return fail(
          res,
          400,
          'VALIDATION_ERROR',
          'Webhook URL refused',
          'URL del webhook rechazada: debe usar https://',
        );
      }
      const hook: Webhook = {
        id: nextId(),
        url: parsed.data.url,
        events: parsed.data.events,
        active: true,
        consecutive_failures: 0,
        disabled_at: null,
        disabled_reason: null,
        created_at: AT,
        updated_at: AT,
      };
      state.hooks.unshift(hook);
      return ok(res, { ...hook, secret: 'whsec_TestSecret000000000000000000000000000001' }, 201);
    }
    const match = new RegExp(`^${base}/([^/]+)(/test|/deliveries|/deliveries/([^/]+)/redeliver)?$`).exec(
      path,
    );
    const hook = state.hooks.find((item) => item.id === match?.[1]);
    if (!hook || !match) return fail(res, 404, 'NOT_FOUND', 'Not found', 'No encontrado');
    const action = match[2];
    if (!action && method === 'PATCH') {
      if (body.active === true)
        Object.assign(hook, { active: true, consecutive_failures: 0, disabled_reason: null });
      if (body.active === false)
        Object.assign(hook, { active: false, disabled_reason: 'disabled by a member' });
      if (body.rotate_secret === true) return ok(res, { ...hook, secret: 'whsec_Rotated' });
      return ok(res, hook);
    }
    if (!action && method === 'DELETE') {
      state.hooks = state.hooks.filter((item) => item !== hook);
      return ok(res, hook);
    }
    if (action === '/test' && method === 'POST') {
      const ping = delivery(hook.id, 'ping', 'succeeded');
      state.deliveries.unshift(ping);
      return ok(res, ping, 202);
    }
    if (action === '/deliveries' && method === 'GET') {
      return okList(
        res,
        state.deliveries.filter((d) => d.webhook_id === hook.id),
        1,
        20,
      );
    }
    const original = state.deliveries.find((d) => d.id === match[3]);
    if (original && method === 'POST') {
      const copy = { ...delivery(hook.id, original.event_type, 'succeeded') };
      state.deliveries.unshift(copy);
      return ok(res, copy, 202);
    }
    return fail(res, 404, 'NOT_FOUND', 'Not found', 'No encontrado');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    sent,
    delivery,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
