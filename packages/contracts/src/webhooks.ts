import { z } from 'zod';
import { companyIdParamsSchema } from './companies';
import { paginationQuerySchema } from './envelope';
import { WEBHOOK_EVENT_TYPES } from './events';

/** Event types a webhook may subscribe to (`ping` is only sent by "send test"). */
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

export const webhookParamsSchema = companyIdParamsSchema.extend({ webhookId: z.uuid() });
export const webhookDeliveryParamsSchema = webhookParamsSchema.extend({ deliveryId: z.uuid() });
export const webhookDeliveriesQuerySchema = paginationQuerySchema;

const events = z.array(webhookEventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length);

export const createWebhookSchema = z.object({
  url: z.string().trim().min(1).max(2000),
  events,
});

export const updateWebhookSchema = z
  .object({
    url: z.string().trim().min(1).max(2000),
    events,
    /** `true` re-enables a disabled webhook and resets its failure count. */
    active: z.boolean(),
    /** `true` replaces the signing secret; the new one is in this answer only. */
    rotate_secret: z.literal(true),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  active: z.boolean(),
  consecutive_failures: z.number().int(),
  disabled_at: z.string().nullable(),
  disabled_reason: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** Creation (and secret rotation) answers carry the secret, once. */
export const webhookWithSecretSchema = webhookSchema.extend({ secret: z.string() });

export const webhookDeliveryStatusSchema = z.enum(['pending', 'retrying', 'succeeded', 'failed']);

/** One HTTP attempt of a delivery, as logged. */
export const webhookAttemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  response_status: z.number().int().nullable(),
  /** The receiver's answer, first 1 KB. */
  response_body: z.string().nullable(),
  duration_ms: z.number().int(),
  error: z.string().nullable(),
});

export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  webhook_id: z.uuid(),
  event_id: z.uuid(),
  event_type: z.string(),
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  response_status: z.number().int().nullable(),
  response_body: z.string().nullable(),
  duration_ms: z.number().int().nullable(),
  error: z.string().nullable(),
  next_attempt_at: z.string().nullable(),
  created_at: z.string(),
  delivered_at: z.string().nullable(),
  attempt_log: z.array(webhookAttemptSchema),
});

export type WebhookEventTypeInput = z.infer<typeof webhookEventTypeSchema>;
export type CreateWebhook = z.infer<typeof createWebhookSchema>;
export type UpdateWebhook = z.infer<typeof updateWebhookSchema>;
export type Webhook = z.infer<typeof webhookSchema>;
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;
