import { randomUUID } from 'node:crypto';
import type {
  CreateWebhook,
  UpdateWebhook,
  Webhook,
  WebhookDelivery,
  WebhookWithSecret,
} from '@ayni/contracts';
import {
  deleteWebhook as deleteWebhookRow,
  findWebhook,
  findWebhookDelivery,
  inCompany,
  insertWebhook,
  insertWebhookDelivery,
  listWebhookDeliveries,
  listWebhooks as listWebhookRows,
  updateWebhook as updateWebhookRow,
  type WebhookPatch,
} from '@ayni/db';
import type { JobQueue } from '../../jobs/job-queue';
import { notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { deliveryJobId } from './webhook-delivery';
import { readStoredPayload, storedPayload } from './webhook-payload';
import { newWebhookSecret } from './webhook-signature';
import { checkWebhookUrl, type WebhookUrlPolicy } from './webhook-url';
import { deliveryView, webhookView } from './webhook-views';

export interface WebhookServiceDeps {
  queue: Pick<JobQueue, 'enqueue'>;
  urlPolicy: WebhookUrlPolicy;
}

// Owners and admins manage webhooks (`manage_company`); every change lands in the audit log.

export async function listWebhooks(ctx: ServiceContext): Promise<Webhook[]> {
  authorize(ctx, 'manage_company');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) => listWebhookRows(tx, ctx.companyId));
  return rows.map(webhookView);
}

export async function createWebhook(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  input: CreateWebhook,
): Promise<WebhookWithSecret> {
  authorize(ctx, 'manage_company');
  const url = checkWebhookUrl(input.url, deps.urlPolicy);
  const secret = newWebhookSecret();
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const created = await insertWebhook(tx, ctx.companyId, {
      url,
      secret,
      events: [...new Set(input.events)],
      createdBy: ctx.userId,
    });
    await audit(tx, ctx, 'webhook.created', {
      type: 'webhook',
      id: created.id,
      metadata: { url, events: created.events },
    });
    return created;
  });
  return { ...webhookView(row), secret };
}

export async function updateWebhook(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  webhookId: string,
  input: UpdateWebhook,
): Promise<Webhook | WebhookWithSecret> {
  authorize(ctx, 'manage_company');
  const patch: WebhookPatch = {};
  if (input.url !== undefined) patch.url = checkWebhookUrl(input.url, deps.urlPolicy);
  if (input.events !== undefined) patch.events = [...new Set(input.events)];
  if (input.rotate_secret) patch.secret = newWebhookSecret();
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const existing = await findWebhook(tx, ctx.companyId, webhookId, { lock: true });
    if (!existing) return undefined;
    if (input.active === true && !existing.active) {
      // Re-enabling starts a fresh failure count: the owner says the receiver is fixed.
      Object.assign(patch, { active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
    } else if (input.active === false && existing.active) {
      Object.assign(patch, { active: false, disabledAt: new Date(), disabledReason: 'disabled by a member' });
    }
    const updated = await updateWebhookRow(tx, ctx.companyId, webhookId, patch);
    await audit(tx, ctx, input.rotate_secret ? 'webhook.secret_rotated' : 'webhook.updated', {
      type: 'webhook',
      id: webhookId,
      metadata: { url: patch.url, events: patch.events, active: patch.active },
    });
    return updated;
  });
  if (!row) throw notFound('Webhook');
  return input.rotate_secret ? { ...webhookView(row), secret: row.secret } : webhookView(row);
}

export async function deleteWebhook(ctx: ServiceContext, webhookId: string): Promise<Webhook> {
  authorize(ctx, 'manage_company');
  const deleted = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const existing = await findWebhook(tx, ctx.companyId, webhookId, { lock: true });
    if (!existing) return undefined;
    await deleteWebhookRow(tx, ctx.companyId, webhookId);
    await audit(tx, ctx, 'webhook.deleted', {
      type: 'webhook',
      id: webhookId,
      metadata: { url: existing.url },
    });
    return existing;
  });
  if (!deleted) throw notFound('Webhook');
  return webhookView(deleted);
}

/** Queues a `ping` event to the webhook (sent even while it is disabled, tried once). */
export async function sendTestEvent(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  webhookId: string,
): Promise<WebhookDelivery> {
  authorize(ctx, 'manage_company');
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const webhook = await findWebhook(tx, ctx.companyId, webhookId);
    if (!webhook) return undefined;
    const eventId = randomUUID();
    const event = {
      id: eventId,
      type: 'ping',
      created_at: new Date().toISOString(),
      company_id: ctx.companyId,
      data: { webhook_id: webhookId, message: 'Prueba de webhook de AYNI / AYNI webhook test' },
    };
    const delivery = await insertWebhookDelivery(tx, ctx.companyId, {
      webhookId,
      eventType: 'ping',
      eventId,
      payload: storedPayload(event, true),
    });
    await audit(tx, ctx, 'webhook.tested', {
      type: 'webhook',
      id: webhookId,
      metadata: { delivery_id: delivery.id },
    });
    return delivery;
  });
  if (!row) throw notFound('Webhook');
  await deps.queue.enqueue(
    'webhooks.deliver',
    { companyId: ctx.companyId, deliveryId: row.id },
    { jobId: deliveryJobId(row.id, 0), requestId: ctx.requestId },
  );
  return deliveryView(row);
}

export async function listDeliveries(
  ctx: ServiceContext,
  webhookId: string,
  page: { limit: number; offset: number },
): Promise<{ items: WebhookDelivery[]; total: number }> {
  authorize(ctx, 'manage_company');
  const result = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    if (!(await findWebhook(tx, ctx.companyId, webhookId))) return undefined;
    return listWebhookDeliveries(tx, ctx.companyId, webhookId, page);
  });
  if (!result) throw notFound('Webhook');
  return { items: result.rows.map(deliveryView), total: result.total };
}

/** Sends the same event again as a new delivery (same event id, so receivers can deduplicate). */
export async function redeliver(
  ctx: ServiceContext,
  deps: WebhookServiceDeps,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  authorize(ctx, 'manage_company');
  const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const original = await findWebhookDelivery(tx, ctx.companyId, deliveryId);
    if (!original || original.webhookId !== webhookId) return undefined;
    const copy = await insertWebhookDelivery(tx, ctx.companyId, {
      webhookId,
      eventType: original.eventType,
      eventId: original.eventId,
      payload: storedPayload(readStoredPayload(original.payload).event, true),
    });
    await audit(tx, ctx, 'webhook.redelivered', {
      type: 'webhook',
      id: webhookId,
      metadata: { delivery_id: deliveryId, new_delivery_id: copy.id },
    });
    return copy;
  });
  if (!row) throw notFound('Webhook delivery');
  await deps.queue.enqueue(
    'webhooks.deliver',
    { companyId: ctx.companyId, deliveryId: row.id },
    { jobId: deliveryJobId(row.id, 0), requestId: ctx.requestId },
  );
  return deliveryView(row);
}
