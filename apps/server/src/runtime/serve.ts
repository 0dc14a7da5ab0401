import { buildApp } from '../app';
import { askLlmConfig } from '../modules/ask/llm/llm-config';
import { webhookUrlPolicy } from '../modules/webhooks/webhook-url';
import type { Runtime } from './runtime';
import { DEFAULT_WEB_DIST } from './runtime';
import { VERSION } from './version';

/** Builds the HTTP app on a runtime and starts listening. */
export async function startHttp(runtime: Runtime) {
  const { env } = runtime;
  const app = await buildApp({
    db: runtime.db,
    storage: runtime.storage,
    uploadMaxBytes: env.UPLOAD_MAX_BYTES,
    rawFileRetentionDays: env.RAW_FILE_RETENTION_DAYS,
    queue: runtime.queue,
    events: runtime.events,
    tokens: runtime.tokens,
    metrics: runtime.metrics,
    log: runtime.log,
    version: VERSION,
    dataDir: env.AYNI_DATA_DIR,
    minFreeDiskBytes: env.DISK_MIN_FREE_MB * 1024 * 1024,
    webDist: env.AYNI_WEB_DIST ?? DEFAULT_WEB_DIST,
    mailer: runtime.mailer,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    rateLimiter: runtime.rateLimiter,
    analyticsCache: runtime.analyticsCache,
    trustProxy: env.TRUST_PROXY,
    benchmarkMinCompanies: env.BENCHMARK_MIN_COMPANIES,
    askLlm: askLlmConfig(env),
    webhookUrlPolicy: webhookUrlPolicy(env),
    corsOrigins: env.CORS_ORIGINS,
    hsts: env.NODE_ENV === 'production',
    demoVisitors: env.AYNI_DEMO_VISITORS ?? env.NODE_ENV !== 'production',
  });
  await app.listen({ port: env.PORT, host: env.HOST });
  return app;
}
