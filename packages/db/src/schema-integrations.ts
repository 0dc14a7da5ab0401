import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companies, users } from './schema';
import { createdAt } from './schema/columns';

// Reports, API keys, push-ingestion idempotency and webhooks (issue "reports, exports and
// integrations"). Every table is tenant-owned: company_id first in its keys, RLS in 0020.

const companyId = () =>
  uuid('company_id')
    .notNull()
    .references(() => companies.id, { onDelete: 'cascade' });

/** Company API keys for other systems: only the SHA-256 of the key is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    companyId: companyId(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** The key's first characters (e.g. `ayni_k3Xq`), shown in lists to tell keys apart. */
    prefix: text('prefix').notNull(),
    /** SHA-256 (hex) of the whole key. */
    keyHash: text('key_hash').notNull(),
    /** e.g. `analytics:read`, `uploads:write`. */
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.id] }), uniqueIndex('api_keys_key_hash_idx').on(t.keyHash)],
);

/** Answers of idempotent requests (push ingestion's `Idempotency-Key`), replayed on a retry. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    companyId: companyId(),
    key: text('key').notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.key] })],
);

/** A company's webhook endpoints. */
export const webhooks = pgTable(
  'webhooks',
  {
    companyId: companyId(),
    id: uuid('id').notNull().defaultRandom(),
    url: text('url').notNull(),
    /** HMAC-SHA256 signing secret (shown once at creation; needed in clear to sign). */
    secret: text('secret').notNull(),
    /** Event types delivered: upload.completed, upload.failed, analytics.updated, report.ready. */
    events: text('events').array().notNull(),
    active: boolean('active').notNull().default(true),
    /** Consecutive failed deliveries (reset by a success); too many disables the webhook. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    disabledReason: text('disabled_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.id] })],
);

/** One event to deliver to one webhook, with its attempts' outcome. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    companyId: companyId(),
    id: uuid('id').notNull().defaultRandom(),
    webhookId: uuid('webhook_id').notNull(),
    eventType: text('event_type').notNull(),
    /** The event's id, sent to the receiver so it can drop duplicates. */
    eventId: uuid('event_id').notNull(),
    payload: jsonb('payload').notNull(),
    /** pending, retrying, succeeded, failed. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    error: text('error'),
    durationMs: integer('duration_ms'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('webhook_deliveries_webhook_idx').on(t.companyId, t.webhookId, t.createdAt),
  ],
);

/** Executive PDF reports, built by a job and downloaded when ready. */
export const reports = pgTable(
  'reports',
  {
    companyId: companyId(),
    id: uuid('id').notNull().defaultRandom(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** owner, operations, marketing, finance. */
    role: text('role').notNull(),
    /** month, quarter, year. */
    periodKind: text('period_kind').notNull(),
    /** e.g. 2025-10, 2025-Q4, 2025. */
    period: text('period').notNull(),
    language: text('language').notNull(),
    /** queued, running, completed, failed. */
    status: text('status').notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    storageKey: text('storage_key'),
    sizeBytes: integer('size_bytes'),
    pages: integer('pages'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errorMessageEs: text('error_message_es'),
    /** Set when a schedule produced it. */
    scheduleId: uuid('schedule_id'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('reports_created_idx').on(t.companyId, t.createdAt),
  ],
);

/** A member's scheduled report by e-mail (weekly or monthly). */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    companyId: companyId(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** weekly, monthly. */
    frequency: text('frequency').notNull(),
    role: text('role').notNull(),
    language: text('language').notNull(),
    active: boolean('active').notNull().default(true),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    uniqueIndex('report_schedules_user_idx').on(t.companyId, t.userId, t.frequency),
    index('report_schedules_due_idx').on(t.nextRunAt),
  ],
);
