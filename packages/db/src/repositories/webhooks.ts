import { and, arrayContains, asc, count, desc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { webhookDeliveries, webhooks } from '../schema-integrations';

// Every function runs inside the company's tenant transaction (inCompany): RLS applies.

export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export async function listWebhooks(db: Database, companyId: string): Promise<WebhookRow[]> {
  return db
    .select()
    .from(webhooks)
    .where(eq(webhooks.companyId, companyId))
    .orderBy(desc(webhooks.createdAt), desc(webhooks.id));
}

/** Active webhooks subscribed to `eventType`. */
export async function listSubscribedWebhooks(
  db: Database,
  companyId: string,
  eventType: string,
): Promise<WebhookRow[]> {
  return db
    .select()
    .from(webhooks)
    .where(
      and(
        eq(webhooks.companyId, companyId),
        eq(webhooks.active, true),
        arrayContains(webhooks.events, [eventType]),
      ),
    )
    .orderBy(asc(webhooks.createdAt));
}

export async function findWebhook(
  db: Database,
  companyId: string,
  webhookId: string,
  options: { lock?: boolean } = {},
): Promise<WebhookRow | undefined> {
  const query = db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.companyId, companyId), eq(webhooks.id, webhookId)));
  const rows = await (options.lock ? query.for('update') : query);
  return rows[0];
}

export async function insertWebhook(
  db: Database,
  companyId: string,
  values: { url: string; secret: string; events: string[]; createdBy: string | null },
): Promise<WebhookRow> {
  const [row] = await db
    .insert(webhooks)
    .values({ companyId, ...values })
    .returning();
  if (!row) throw new Error('insert into webhooks returned nothing');
  return row;
}

export type WebhookPatch = Partial<
  Pick<
    WebhookRow,
    'url' | 'events' | 'active' | 'secret' | 'consecutiveFailures' | 'disabledAt' | 'disabledReason'
  >
>;

export async function updateWebhook(
  db: Database,
  companyId: string,
  webhookId: string,
  patch: WebhookPatch,
): Promise<WebhookRow | undefined> {
  const rows = await db
    .update(webhooks)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(webhooks.companyId, companyId), eq(webhooks.id, webhookId)))
    .returning();
  return rows[0];
}

/** Deletes the webhook and its delivery log. */
export async function deleteWebhook(db: Database, companyId: string, webhookId: string): Promise<boolean> {
  await db
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.companyId, companyId), eq(webhookDeliveries.webhookId, webhookId)));
  const rows = await db
    .delete(webhooks)
    .where(and(eq(webhooks.companyId, companyId), eq(webhooks.id, webhookId)))
    .returning({ id: webhooks.id });
  return rows.length > 0;
}

/** Adds one failed attempt to the webhook's streak (returns the new count) or resets it. */
export async function recordWebhookOutcome(
  db: Database,
  companyId: string,
  webhookId: string,
  succeeded: boolean,
): Promise<number> {
  const rows = await db
    .update(webhooks)
    .set({ consecutiveFailures: succeeded ? 0 : sql`${webhooks.consecutiveFailures} + 1` })
    .where(and(eq(webhooks.companyId, companyId), eq(webhooks.id, webhookId)))
    .returning({ failures: webhooks.consecutiveFailures });
  return rows[0]?.failures ?? 0;
}

export async function insertWebhookDelivery(
  db: Database,
  companyId: string,
  values: { webhookId: string; eventType: string; eventId: string; payload: unknown },
): Promise<WebhookDeliveryRow> {
  const [row] = await db
    .insert(webhookDeliveries)
    // clock_timestamp, not now(): deliveries created in one transaction still sort in order.
    .values({ companyId, ...values, createdAt: sql`clock_timestamp()` })
    .returning();
  if (!row) throw new Error('insert into webhook_deliveries returned nothing');
  return row;
}

export async function findWebhookDelivery(
  db: Database,
  companyId: string,
  deliveryId: string,
): Promise<WebhookDeliveryRow | undefined> {
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.companyId, companyId), eq(webhookDeliveries.id, deliveryId)));
  return rows[0];
}

/** The webhook's delivery log, newest first, one page. */
export async function listWebhookDeliveries(
  db: Database,
  companyId: string,
  webhookId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: WebhookDeliveryRow[]; total: number }> {
  const where = and(eq(webhookDeliveries.companyId, companyId), eq(webhookDeliveries.webhookId, webhookId));
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(webhookDeliveries).where(where);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Deliveries of the webhook never attempted yet and created no later than `deliveryId`, oldest
 * first: the deliver job sends these before its own, so first attempts leave in event order.
 * (Compared in SQL: created_at has microseconds, a JavaScript Date only milliseconds.)
 */
export async function listUnsentDeliveriesUpTo(
  db: Database,
  companyId: string,
  webhookId: string,
  deliveryId: string,
): Promise<WebhookDeliveryRow[]> {
  const upTo = sql`(select d.created_at from webhook_deliveries d where d.company_id = ${companyId} and d.id = ${deliveryId})`;
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.companyId, companyId),
        eq(webhookDeliveries.webhookId, webhookId),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, 0),
        lte(webhookDeliveries.createdAt, upTo),
      ),
    )
    .orderBy(asc(webhookDeliveries.createdAt), asc(webhookDeliveries.id));
}

export type DeliveryAttemptValues = Pick<
  WebhookDeliveryRow,
  | 'status'
  | 'attempts'
  | 'responseStatus'
  | 'responseBody'
  | 'error'
  | 'durationMs'
  | 'nextAttemptAt'
  | 'deliveredAt'
  | 'payload'
>;

export async function updateWebhookDelivery(
  db: Database,
  companyId: string,
  deliveryId: string,
  values: Partial<DeliveryAttemptValues>,
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set(values)
    .where(and(eq(webhookDeliveries.companyId, companyId), eq(webhookDeliveries.id, deliveryId)));
}
