import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rutCheckDigit } from '@ayni/contracts';
import {
  APP_ROLE,
  addMembership,
  connect,
  type DbHandle,
  inCompany,
  insertCompany,
  insertUser,
} from '@ayni/db';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { inject } from 'vitest';
import { createDatabase } from '../../../test/test-database';
import { buildApp } from '../src/app';
import { CacheInvalidatingEventBus } from '../src/events/cache-invalidating-event-bus';
import { InProcessEventBus } from '../src/events/event-bus';
import { EncryptedFileStorage, type FileStorage, LocalFileStorage } from '../src/infra/storage';
import { createJobHandlers, createOutcomeReporter } from '../src/jobs/handlers';
import { InProcessQueue } from '../src/jobs/in-process-queue';
import { MemoryAnalyticsCache } from '../src/lib/analytics-cache/memory-analytics-cache';
import { OutboxMailer } from '../src/lib/mailer/outbox-mailer';
import { createMetrics } from '../src/lib/metrics';
import { hashPassword } from '../src/lib/passwords';
import { MemoryRateLimiter } from '../src/lib/rate-limit/memory-rate-limiter';
import type { RateLimiter } from '../src/lib/rate-limit/rate-limiter';
import { createTokenService } from '../src/lib/tokens';
import type { LlmConfig } from '../src/modules/ask/llm/llm-config';
import type { ImportTuning } from '../src/modules/uploads/import/read-upload';
import { WebhookDispatchingEventBus } from '../src/modules/webhooks/webhook-dispatch';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long';
export const silentLog = pino({ level: 'silent' });

/**
 * A fresh, migrated database copied from the suite's template: `handle` runs as the application
 * role (row-level security applies, as in production), `owner` as the superuser.
 */
export async function freshDatabase() {
  const database = await createDatabase(inject('pgAdminUrl'), inject('pgTemplate'));
  const handle = connect(database.url, { max: 5, role: APP_ROLE });
  const owner = connect(database.url, { max: 2 });
  return {
    ...database,
    handle,
    owner,
    async close() {
      await handle.close();
      await owner.close();
      await database.drop();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  /** The application's pool (role ayni_app, under row-level security). */
  db: DbHandle;
  /** Superuser pool for fixtures and for checking what really is in the database. */
  owner: DbHandle;
  queue: InProcessQueue;
  events: InProcessEventBus;
  storage: FileStorage;
  close(): Promise<void>;
}

/** The real app on a fresh database, with the in-process queue running its jobs. */
export async function buildTestApp(
  options: {
    db?: DbHandle;
    startWorker?: boolean;
    rateLimiter?: RateLimiter;
    uploadMaxBytes?: number;
    /** Wraps the test storage (e.g. to inject faults). */
    wrapStorage?: (storage: FileStorage) => FileStorage;
    /** Ask AYNI's model (tests point it at a local server speaking the provider's API). */
    askLlm?: LlmConfig;
    /** The clock Ask counts "hoy" and "ayer" from. */
    askNow?: () => number;
    /** POST /auth/demo hands out throwaway demo visitors (AYNI_DEMO_VISITORS). */
    demoVisitors?: boolean;
    /** The import's one-pass sizes, shrunk to reach them with small files. */
    importTuning?: ImportTuning;
  } = {},
): Promise<TestApp> {
  const fresh = options.db ? null : await freshDatabase();
  const db = options.db ?? (fresh as NonNullable<typeof fresh>).handle;
  const metrics = createMetrics();
  const events = new InProcessEventBus();
  const queue = new InProcessQueue(db.db, silentLog, { concurrency: 2, stalledMs: 30_000, pollMs: 50 });
  // What the app and the jobs publish also dispatches webhooks and invalidates the analytics
  // cache (as in the runtime), so every test that reads figures after a change checks that too.
  const analyticsCache = new MemoryAnalyticsCache();
  const publishing = new CacheInvalidatingEventBus(
    new WebhookDispatchingEventBus(events, { db: db.db, queue, log: silentLog }),
    analyticsCache,
    silentLog,
  );
  const storageDir = await mkdtemp(path.join(tmpdir(), 'ayni-storage-'));
  const encrypted = new EncryptedFileStorage(new LocalFileStorage(storageDir), randomBytes(32));
  const storage = options.wrapStorage ? options.wrapStorage(encrypted) : encrypted;
  if (options.startWorker !== false) {
    await queue.startWorker(
      createJobHandlers({
        db,
        log: silentLog,
        storage,
        events: publishing,
        queue,
        rawFileRetentionDays: 15,
        analyticsCache,
        importTuning: options.importTuning,
      }),
      createOutcomeReporter({ metrics, events, log: silentLog }),
    );
  }
  const app = await buildApp({
    db,
    queue,
    events: publishing,
    metrics,
    tokens: createTokenService(TEST_SECRET),
    log: silentLog,
    version: 'test',
    dataDir: tmpdir(),
    minFreeDiskBytes: 0,
    mailer: new OutboxMailer(db.db, silentLog),
    rateLimiter: options.rateLimiter ?? new MemoryRateLimiter(),
    analyticsCache,
    publicUrl: 'http://localhost:3000',
    storage,
    uploadMaxBytes: options.uploadMaxBytes ?? 50 * 1024 * 1024,
    rawFileRetentionDays: 15,
    askLlm: options.askLlm ?? null,
    askNow: options.askNow,
    demoVisitors: options.demoVisitors,
  });
  await app.ready();
  return {
    app,
    db,
    owner: fresh?.owner ?? db,
    queue,
    events,
    storage,
    async close() {
      await app.close();
      await queue.close();
      await events.close();
      await fresh?.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A user (password 'correct horse battery') who owns a new company. */
export async function createOwner(db: DbHandle, name = 'Owner') {
  counter++;
  const email = `owner${counter}-${Date.now()}@example.cl`;
  const user = await insertUser(db.db, {
    email,
    name,
    passwordHash: await hashPassword('correct horse battery'),
  });
  const body = String(10_000_000 + Math.floor(Math.random() * 80_000_000));
  const companyId = randomUUID();
  const company = await inCompany(db.db, companyId, (tx) =>
    insertCompany(tx, {
      id: companyId,
      name: `${name} SpA`,
      rut: `${body}-${rutCheckDigit(body)}`,
      industry: 'retail',
      size: 'micro',
      region: 'Región de Valparaíso',
    }),
  );
  await inCompany(db.db, company.id, (tx) => addMembership(tx, company.id, user.id, 'owner'));
  return { user, company, email, password: 'correct horse battery' };
}

export async function loginAs(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return res.json().data.access_token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Reads `read` every 100 ms until `done` holds for its value or `attempts` ran out; the last value. */
export async function pollUntil(
  read: () => Promise<number>,
  done: (value: number) => boolean,
  attempts = 50,
): Promise<number> {
  let value = await read();
  for (let i = 0; i < attempts && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
