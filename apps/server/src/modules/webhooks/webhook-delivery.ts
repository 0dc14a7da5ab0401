import { randomUUID } from 'node:crypto';
import {
  type DbHandle,
  findWebhook,
  findWebhookDelivery,
  inCompany,
  listUnsentDeliveriesUpTo,
  recordWebhookOutcome,
  updateWebhookDelivery,
  type WebhookDeliveryRow,
  type WebhookRow,
} from '@ayni/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../../jobs/job-queue';
import type { Mailer } from '../../lib/mailer/mailer';
import { type DeliveryConfig, decideAfterFailure } from './webhook-delivery-config';
import { type DisableReason, disableWebhook, emailOwnersWebhookDisabled } from './webhook-disable';
import { envelopeBody, readStoredPayload, withAttempt } from './webhook-payload';
import { sendWebhook } from './webhook-sender';

export interface WebhookDeliveryDeps {
  db: DbHandle;
  log: Logger;
  queue: Pick<JobQueue, 'enqueue'>;
  mailer: Mailer;
  config: DeliveryConfig;
  now: () => number;
}

/** One job id per attempt, so a retry is never merged with the job that scheduled it. */
export const deliveryJobId = (deliveryId: string, attempt: number) => `webhook-${deliveryId}-${attempt}`;

/** Wait before a job that found its webhook busy tries again. */
const BUSY_RETRY_MS = 1000;

/**
 * The `webhooks.deliver` job. Deliveries of one webhook go out one at a time under an advisory
 * lock; a first attempt first sends every older unsent delivery of the webhook, so events reach
 * the receiver in the order they happened. A job that finds the webhook busy is queued again a
 * second later instead of holding a worker slot (a slow receiver must not stall other companies).
 * A retry does not hold later events back (one broken event would stall the webhook for a day):
 * retried deliveries can arrive after newer ones.
 */
export async function deliverWebhookJob(deps: WebhookDeliveryDeps, companyId: string, deliveryId: string) {
  const delivery = await inCompany(deps.db.db, companyId, (tx) =>
    findWebhookDelivery(tx, companyId, deliveryId),
  );
  if (!delivery) return;
  const lockKey = `ayni.webhook.${delivery.webhookId}`;
  const client = await deps.db.pool.connect();
  try {
    const locked = await client.query<{ ok: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as ok',
      [lockKey],
    );
    if (!locked.rows[0]?.ok) {
      await deps.queue.enqueue(
        'webhooks.deliver',
        { companyId, deliveryId },
        {
          jobId: `${deliveryJobId(deliveryId, delivery.attempts)}-busy-${randomUUID()}`,
          delayMs: BUSY_RETRY_MS,
        },
      );
      return;
    }
    try {
      const current = await inCompany(deps.db.db, companyId, (tx) =>
        findWebhookDelivery(tx, companyId, deliveryId),
      );
      if (!current) return;
      if (current.status === 'pending' && current.attempts === 0) {
        const unsent = await inCompany(deps.db.db, companyId, (tx) =>
          listUnsentDeliveriesUpTo(tx, companyId, current.webhookId, current.id),
        );
        for (const row of unsent) await attemptDelivery(deps, companyId, row);
      } else if (
        current.status === 'retrying' &&
        (current.nextAttemptAt?.getTime() ?? 0) <= deps.now() + BUSY_RETRY_MS
      ) {
        // (A retry job run again early, e.g. after a worker crash, waits for its own turn.)
        await attemptDelivery(deps, companyId, current);
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [lockKey]);
    }
  } finally {
    client.release();
  }
}

async function attemptDelivery(deps: WebhookDeliveryDeps, companyId: string, delivery: WebhookDeliveryRow) {
  const stored = readStoredPayload(delivery.payload);
  const webhook = await inCompany(deps.db.db, companyId, (tx) =>
    findWebhook(tx, companyId, delivery.webhookId),
  );
  if (!webhook || (!webhook.active && !stored.manual)) {
    await inCompany(deps.db.db, companyId, (tx) =>
      updateWebhookDelivery(tx, companyId, delivery.id, {
        status: 'failed',
        nextAttemptAt: null,
        error: webhook ? 'webhook disabled' : 'webhook deleted',
      }),
    );
    return;
  }
  const attemptNo = delivery.attempts + 1;
  const attempt = await sendWebhook({
    url: webhook.url,
    secret: webhook.secret,
    body: envelopeBody(stored.event),
    eventType: delivery.eventType,
    deliveryId: delivery.id,
    attempt: attemptNo,
    timeoutMs: deps.config.timeoutMs,
    policy: deps.config.urlPolicy,
    now: deps.now,
  });
  const { ok, ...logged } = attempt;
  const firstAttemptAt = Date.parse(stored.attempt_log[0]?.at ?? logged.at);
  // A member's test or redelivery is tried once and never disables the webhook: they are watching.
  const next =
    ok || stored.manual ? null : decideAfterFailure(deps.config, attemptNo, firstAttemptAt, deps.now());
  const common = {
    attempts: attemptNo,
    responseStatus: logged.response_status,
    responseBody: logged.response_body,
    error: logged.error,
    durationMs: logged.duration_ms,
    payload: withAttempt(stored, logged),
  };
  const outcome = await inCompany(deps.db.db, companyId, async (tx) => {
    if (ok) {
      await updateWebhookDelivery(tx, companyId, delivery.id, {
        ...common,
        status: 'succeeded',
        nextAttemptAt: null,
        deliveredAt: new Date(deps.now()),
      });
      await recordWebhookOutcome(tx, companyId, webhook.id, true);
      return { retryInMs: undefined, disabled: null };
    }
    const failures = await recordWebhookOutcome(tx, companyId, webhook.id, false);
    const reason = next?.disableReason(delivery.eventType, failures);
    const retryAt = reason || next?.retryInMs === undefined ? null : new Date(deps.now() + next.retryInMs);
    await updateWebhookDelivery(tx, companyId, delivery.id, {
      ...common,
      status: retryAt ? 'retrying' : 'failed',
      nextAttemptAt: retryAt,
    });
    const retryInMs = retryAt ? next?.retryInMs : undefined;
    if (!reason) return { retryInMs, disabled: null };
    return { retryInMs, disabled: (await disableWebhook(tx, companyId, webhook, reason)) ? reason : null };
  });
  await afterAttempt(deps, companyId, webhook, delivery.id, attemptNo, outcome.retryInMs, outcome.disabled);
}

async function afterAttempt(
  deps: WebhookDeliveryDeps,
  companyId: string,
  webhook: WebhookRow,
  deliveryId: string,
  attemptNo: number,
  retryInMs: number | undefined,
  disabled: DisableReason | null,
) {
  if (disabled) {
    deps.log.warn({ company_id: companyId, webhook_id: webhook.id, reason: disabled.en }, 'webhook disabled');
    await emailOwnersWebhookDisabled(
      { db: deps.db.db, mailer: deps.mailer, log: deps.log },
      companyId,
      webhook,
      disabled,
    );
    return;
  }
  if (retryInMs !== undefined) {
    await deps.queue.enqueue(
      'webhooks.deliver',
      { companyId, deliveryId },
      { jobId: deliveryJobId(deliveryId, attemptNo), delayMs: retryInMs },
    );
  }
}
