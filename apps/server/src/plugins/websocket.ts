import { type Database, listMemberCompanyIds, withTenant } from '@ayni/db';
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { EventBus } from '../events/event-bus';
import { resolveSession } from '../lib/session';
import type { TokenService } from '../lib/tokens';

const CLOSE_UNAUTHORIZED = 4401;

/**
 * GET /api/v1/ws?token=<access token>: pushes the events of the companies the user belongs to;
 * `{"type":"subscribe","company_id":...}` narrows them to the companies subscribed to.
 * Browsers cannot set headers on a WebSocket, hence the token in the query string.
 */
export async function registerWebSocket(
  app: FastifyInstance,
  deps: { db: Database; tokens: TokenService; events: EventBus },
) {
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/api/v1/ws', { websocket: true, schema: { hide: true } }, async (socket, request) => {
    const token = new URL(request.url, 'http://x').searchParams.get('token') ?? '';
    const signedIn = async () => {
      const session = await resolveSession(deps, token);
      return session && !session.endedByPasswordChange ? session.userId : null;
    };
    const userId = await signedIn();
    if (!userId) {
      socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
      return;
    }
    const memberOf = () => withTenant(deps.db, { userId }, (tx) => listMemberCompanyIds(tx, userId));
    let companies = new Set(await memberOf());
    // Until the client subscribes to specific companies it hears all of its own.
    let subscribed: Set<string> | null = null;
    const unsubscribe = deps.events.subscribe((event) => {
      const wanted = !subscribed || subscribed.has(event.company_id);
      if (wanted && companies.has(event.company_id) && socket.readyState === socket.OPEN) {
        socket.send(JSON.stringify(event));
      }
    });
    // Memberships can change while connected; re-read them now and then.
    // A disabled user or a password change ends the socket too.
    const refresh = setInterval(async () => {
      if (!(await signedIn().catch(() => userId))) {
        socket.close(CLOSE_UNAUTHORIZED, 'session ended');
        return;
      }
      companies = new Set(await memberOf().catch(() => [...companies]));
    }, 60_000);
    refresh.unref();
    socket.on('message', (raw: Buffer) => {
      const text = raw.toString();
      if (text === 'ping') {
        socket.send('pong');
        return;
      }
      const message = parseMessage(text);
      if (message?.type === 'subscribe' && typeof message.company_id === 'string') {
        // Another tenant's company looks exactly like a missing one.
        if (!companies.has(message.company_id)) {
          socket.send(JSON.stringify({ type: 'error', code: 'NOT_FOUND', company_id: message.company_id }));
          return;
        }
        subscribed = new Set([...(subscribed ?? []), message.company_id]);
        socket.send(JSON.stringify({ type: 'subscribed', company_id: message.company_id }));
      }
    });
    socket.on('close', () => {
      clearInterval(refresh);
      unsubscribe();
    });
    socket.send(JSON.stringify({ type: 'hello', companies: [...companies] }));
  });
}

function parseMessage(text: string): { type?: unknown; company_id?: unknown } | null {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}
