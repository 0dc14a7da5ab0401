import type { Webhook, WebhookDelivery, WebhookEventTypeInput } from '@ayni/contracts';
import type { WebhookDeliveryRow, WebhookRow } from '@ayni/db';
import { readStoredPayload } from './webhook-payload';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A webhook as the API shows it: never its secret. */
export function webhookView(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventTypeInput[],
    active: row.active,
    consecutive_failures: row.consecutiveFailures,
    disabled_at: iso(row.disabledAt),
    disabled_reason: row.disabledReason,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function deliveryView(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhook_id: row.webhookId,
    event_id: row.eventId,
    event_type: row.eventType,
    status: row.status as WebhookDelivery['status'],
    attempts: row.attempts,
    response_status: row.responseStatus,
    response_body: row.responseBody,
    duration_ms: row.durationMs,
    error: row.error,
    next_attempt_at: iso(row.nextAttemptAt),
    created_at: row.createdAt.toISOString(),
    delivered_at: iso(row.deliveredAt),
    attempt_log: readStoredPayload(row.payload).attempt_log,
  };
}
