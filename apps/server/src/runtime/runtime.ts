import { fileURLToPath } from 'node:url';
import { APP_ROLE, assertAppRole, connect, type DbHandle, runMigrations } from '@ayni/db';
import type { Logger } from 'pino';
import type { Env } from '../env';
import { CacheInvalidatingEventBus } from '../events/cache-invalidating-event-bus';
import { type EventBus, InProcessEventBus, RedisEventBus } from '../events/event-bus';
import { createFileStorage } from '../infra/storage';
import type { FileStorage } from '../infra/storage/file-storage';
import { BullMqQueue } from '../jobs/bullmq-queue';
import { InProcessQueue } from '../jobs/in-process-queue';
import type { JobQueue } from '../jobs/job-queue';
import type { AnalyticsCache } from '../lib/analytics-cache/analytics-cache';
import { MemoryAnalyticsCache } from '../lib/analytics-cache/memory-analytics-cache';
import { RedisAnalyticsCache } from '../lib/analytics-cache/redis-analytics-cache';
import type { Mailer } from '../lib/mailer/mailer';
import { OutboxMailer } from '../lib/mailer/outbox-mailer';
import { SmtpMailer } from '../lib/mailer/smtp-mailer';
import { createMetrics, type Metrics } from '../lib/metrics';
import { MemoryRateLimiter } from '../lib/rate-limit/memory-rate-limiter';
import type { RateLimiter } from '../lib/rate-limit/rate-limiter';
import { RedisRateLimiter } from '../lib/rate-limit/redis-rate-limiter';
import { createTokenService, type TokenService } from '../lib/tokens';
import { WebhookDispatchingEventBus } from '../modules/webhooks/webhook-dispatch';
import { resolveJwtSecret } from './secrets';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface Runtime {
  env: Env;
  log: Logger;
  db: DbHandle;
  queue: JobQueue;
  events: EventBus;
  metrics: Metrics;
  tokens: TokenService;
  mailer: Mailer;
  /** Raw uploaded files, encrypted at rest (local folder or S3). */
  storage: FileStorage;
  /** Auth rate-limit counters: Redis (shared by every API process) when REDIS_URL is set. */
  rateLimiter: RateLimiter;
  /** Answers of the analytics endpoints until the company's figures change (Redis when REDIS_URL is set). */
  analyticsCache: AnalyticsCache;
  /** Closes everything this runtime opened, in reverse order. */
  close(): Promise<void>;
}

/**
 * Wires the adapters the environment asks for: PostgreSQL at `databaseUrl`; BullMQ and Redis
 * pub/sub when REDIS_URL is set, otherwise the in-process queue and event bus.
 */
export async function createRuntime(options: {
  env: Env;
  log: Logger;
  databaseUrl: string;
  production: boolean;
  applicationName: string;
}): Promise<Runtime> {
  const { env, log } = options;
  // Migrations run as the database owner; the application itself runs as the RLS-bound role.
  const owner = connect(options.databaseUrl, { max: 2, applicationName: `${options.applicationName}-owner` });
  try {
    await runMigrations(owner);
  } finally {
    await owner.close();
  }
  const db = connect(options.databaseUrl, {
    max: env.DB_POOL_MAX,
    applicationName: options.applicationName,
    role: APP_ROLE,
  });
  // A connection that dies while checked out (an import's COPY when PostgreSQL restarts) emits
  // 'error' with no pool listener attached: without this the process would crash. Its pending
  // query still fails, so the job retries once PostgreSQL is back.
  db.pool.on('connect', (client) => {
    client.on('error', (err) => log.warn({ err }, 'database connection lost'));
  });
  try {
    await assertAppRole(db);
    const secret = await resolveJwtSecret({
      given: env.JWT_SECRET,
      production: options.production,
      dataDir: env.AYNI_DATA_DIR,
    });
    const queue: JobQueue = env.REDIS_URL
      ? new BullMqQueue(log, {
          redisUrl: env.REDIS_URL,
          prefix: env.AYNI_QUEUE_PREFIX,
          concurrency: env.JOB_CONCURRENCY,
          stalledMs: env.JOB_STALLED_MS,
        })
      : new InProcessQueue(db.db, log, { concurrency: env.JOB_CONCURRENCY, stalledMs: env.JOB_STALLED_MS });
    const analyticsCache: AnalyticsCache = env.REDIS_URL
      ? new RedisAnalyticsCache(env.REDIS_URL, env.AYNI_QUEUE_PREFIX, log)
      : new MemoryAnalyticsCache();
    // Webhooks are dispatched where an event is published, once, not where Redis fans it out;
    // the cache is invalidated before anyone hears that the figures changed.
    const events: EventBus = new CacheInvalidatingEventBus(
      new WebhookDispatchingEventBus(
        env.REDIS_URL
          ? new RedisEventBus(env.REDIS_URL, env.AYNI_QUEUE_PREFIX, log)
          : new InProcessEventBus(),
        { db: db.db, queue, log },
      ),
      analyticsCache,
      log,
    );
    const rateLimiter: RateLimiter = env.REDIS_URL
      ? new RedisRateLimiter(env.REDIS_URL, env.AYNI_QUEUE_PREFIX, log)
      : new MemoryRateLimiter();
    const storage = await createFileStorage(env, { production: options.production });
    const mailer = env.SMTP_URL
      ? new SmtpMailer(db.db, log, { url: env.SMTP_URL, from: env.MAIL_FROM })
      : new OutboxMailer(db.db, log);
    return {
      env,
      log,
      db,
      queue,
      events,
      metrics: createMetrics(),
      tokens: createTokenService(secret),
      mailer,
      storage,
      rateLimiter,
      analyticsCache,
      async close() {
        await storage.close().catch((err) => log.error({ err }, 'closing the file storage'));
        await queue.close().catch((err) => log.error({ err }, 'closing the queue'));
        await events.close().catch((err) => log.error({ err }, 'closing the event bus'));
        await rateLimiter.close().catch((err) => log.error({ err }, 'closing the rate limiter'));
        await analyticsCache.close().catch((err) => log.error({ err }, 'closing the analytics cache'));
        if (mailer instanceof SmtpMailer) mailer.close();
        await db.close().catch((err) => log.error({ err }, 'closing the database pool'));
      },
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
