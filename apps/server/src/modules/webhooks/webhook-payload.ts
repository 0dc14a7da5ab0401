import type { WebhookAttempt } from '@ayni/contracts';

/** The JSON body receivers get (docs/webhooks.md). */
export interface WebhookEnvelope {
  id: string;
  type: string;
  created_at: string;
  company_id: string;
  data: Record<string, unknown>;
}

/**
 * What `webhook_deliveries.payload` holds: the envelope sent, every attempt's outcome (the
 * columns keep only the latest) and whether a member asked for it (test or redelivery), which
 * is sent even while the webhook is disabled.
 */
export interface StoredDeliveryPayload {
  event: WebhookEnvelope;
  attempt_log: WebhookAttempt[];
  manual?: boolean;
}

/** Attempts kept in the log of one delivery (the schedule makes ten at most). */
const MAX_LOGGED_ATTEMPTS = 25;

export function storedPayload(event: WebhookEnvelope, manual = false): StoredDeliveryPayload {
  return manual ? { event, attempt_log: [], manual: true } : { event, attempt_log: [] };
}

export function readStoredPayload(payload: unknown): StoredDeliveryPayload {
  const stored = payload as Partial<StoredDeliveryPayload> | null;
  return {
    event: stored?.event as WebhookEnvelope,
    attempt_log: Array.isArray(stored?.attempt_log) ? stored.attempt_log : [],
    ...(stored?.manual ? { manual: true } : {}),
  };
}

export function withAttempt(stored: StoredDeliveryPayload, attempt: WebhookAttempt): StoredDeliveryPayload {
  return { ...stored, attempt_log: [...stored.attempt_log, attempt].slice(-MAX_LOGGED_ATTEMPTS) };
}

/** The exact bytes signed and sent: keys in documented order (jsonb stores them re-ordered). */
export function envelopeBody(event: WebhookEnvelope): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    created_at: event.created_at,
    company_id: event.company_id,
    data: event.data,
  });
}
