import { randomUUID } from 'node:crypto';
import { type AppEvent, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@ayni/contracts';
import { type Database, inCompany, insertWebhookDelivery, listSubscribedWebhooks } from '@ayni/db';
import type { Logger } from 'pino';
import type { EventBus, EventListener } from '../../events/event-bus';
import type { JobQueue } from '../../jobs/job-queue';
import { deliveryJobId } from './webhook-delivery';
import { storedPayload, type WebhookEnvelope } from './webhook-payload';

const isWebhookEvent = (event: AppEvent): event is Extract<AppEvent, { type: WebhookEventType }> =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(event.type);

/** The envelope receivers get: the event's own fields under `data`. */
export function webhookEnvelope(event: AppEvent, id = randomUUID(), now = new Date()): WebhookEnvelope {
  const { type, company_id, ...data } = event;
  return { id, type, created_at: now.toISOString(), company_id, data };
}

/**
 * Creates one delivery per active subscribed webhook and queues its job. Called where the event
 * is published (once per event), never where it is received, so N API processes listening on
 * Redis do not multiply deliveries.
 */
export async function dispatchWebhookEvent(
  deps: { db: Database; queue: Pick<JobQueue, 'enqueue'> },
  event: AppEvent,
): Promise<number> {
  if (!isWebhookEvent(event)) return 0;
  const envelope = webhookEnvelope(event);
  const companyId = event.company_id;
  const created = await inCompany(deps.db, companyId, async (tx) => {
    const hooks = await listSubscribedWebhooks(tx, companyId, event.type);
    const rows = [];
    for (const hook of hooks) {
      rows.push(
        await insertWebhookDelivery(tx, companyId, {
          webhookId: hook.id,
          eventType: event.type,
          eventId: envelope.id,
          payload: storedPayload(envelope),
        }),
      );
    }
    return rows;
  });
  for (const row of created) {
    await deps.queue.enqueue(
      'webhooks.deliver',
      { companyId, deliveryId: row.id },
      { jobId: deliveryJobId(row.id, 0) },
    );
  }
  return created.length;
}

/**
 * An EventBus that also dispatches webhooks for what is published through it. Wrap the bus
 * handed to publishers (the worker's handlers, the API's services); subscribers are untouched.
 * A failed dispatch is logged and never stops the event itself.
 */
export class WebhookDispatchingEventBus implements EventBus {
  constructor(
    private readonly inner: EventBus,
    private readonly deps: { db: Database; queue: Pick<JobQueue, 'enqueue'>; log: Logger },
  ) {}

  async publish(event: AppEvent): Promise<void> {
    try {
      await dispatchWebhookEvent(this.deps, event);
    } catch (err) {
      this.deps.log.error({ err, type: event.type, company_id: event.company_id }, 'webhook dispatch failed');
    }
    await this.inner.publish(event);
  }

  subscribe(listener: EventListener): () => void {
    return this.inner.subscribe(listener);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
