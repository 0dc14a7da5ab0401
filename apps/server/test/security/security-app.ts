import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/app';
import { InProcessEventBus } from '../../src/events/event-bus';
import { EncryptedFileStorage, LocalFileStorage } from '../../src/infra/storage';
import { InProcessQueue } from '../../src/jobs/in-process-queue';
import { OutboxMailer } from '../../src/lib/mailer/outbox-mailer';
import { createMetrics } from '../../src/lib/metrics';
import { MemoryRateLimiter } from '../../src/lib/rate-limit/memory-rate-limiter';
import { createTokenService } from '../../src/lib/tokens';
import { freshDatabase, silentLog, TEST_SECRET } from '../helpers';

export const PUBLIC_URL = 'https://ayni.example.cl';

/**
 * The real app as production configures it (PUBLIC_URL on https, CORS_ORIGINS, HSTS), which
 * buildTestApp does not expose; no job worker, as these tests only look at the HTTP edge.
 */
export async function buildSecureApp(options: { corsOrigins: string[]; hsts: boolean }) {
  const fresh = await freshDatabase();
  const queue = new InProcessQueue(fresh.handle.db, silentLog, { concurrency: 1, stalledMs: 30_000 });
  const events = new InProcessEventBus();
  const storageDir = await mkdtemp(path.join(tmpdir(), 'ayni-security-'));
  const app = await buildApp({
    db: fresh.handle,
    queue,
    events,
    metrics: createMetrics(),
    tokens: createTokenService(TEST_SECRET),
    log: silentLog,
    version: 'test',
    dataDir: tmpdir(),
    minFreeDiskBytes: 0,
    mailer: new OutboxMailer(fresh.handle.db, silentLog),
    rateLimiter: new MemoryRateLimiter(),
    publicUrl: PUBLIC_URL,
    storage: new EncryptedFileStorage(new LocalFileStorage(storageDir), randomBytes(32)),
    uploadMaxBytes: 1024 * 1024,
    rawFileRetentionDays: 15,
    corsOrigins: options.corsOrigins,
    hsts: options.hsts,
  });
  await app.ready();
  return {
    app,
    db: fresh.handle,
    async close() {
      await app.close();
      await queue.close();
      await events.close();
      await fresh.close();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}
