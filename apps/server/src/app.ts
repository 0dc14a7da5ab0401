import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@ayni/db';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { EventBus } from './events/event-bus';
import type { FileStorage } from './infra/storage/file-storage';
import type { JobQueue } from './jobs/job-queue';
import { type AnalyticsCache, NO_ANALYTICS_CACHE } from './lib/analytics-cache/analytics-cache';
import { notFound } from './lib/app-error';
import type { Mailer } from './lib/mailer/mailer';
import type { Metrics } from './lib/metrics';
import type { RateLimiter } from './lib/rate-limit/rate-limiter';
import type { TokenService } from './lib/tokens';
import { adminRoutes } from './modules/admin/admin.routes';
import { analyticsRoutes } from './modules/analytics/analytics.routes';
import { breakdownsRoutes } from './modules/analytics/breakdowns.routes';
import { metricsRoutes } from './modules/analytics/metrics.routes';
import { sellerPaymentRoutes } from './modules/analytics/seller-payment.routes';
import { apiKeysRoutes } from './modules/api-keys/api-keys.routes';
import { askRoutes } from './modules/ask/ask.routes';
import type { LlmConfig } from './modules/ask/llm/llm-config';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { benchmarksRoutes } from './modules/benchmarks/benchmarks.routes';
import { catalogRoutes } from './modules/catalog/catalog.routes';
import { companiesRoutes } from './modules/companies/companies.routes';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes';
import { demoRoutes } from './modules/demo/demo.routes';
import { exportRoutes } from './modules/export/export.routes';
import { healthRoutes } from './modules/health/health.routes';
import { insightsRoutes } from './modules/insights/insights.routes';
import { invitationsRoutes } from './modules/invitations/invitations.routes';
import { levelExportRoutes } from './modules/level-export/level-export.routes';
import { locationsRoutes } from './modules/locations/locations.routes';
import { macroRoutes } from './modules/macro/macro.routes';
import { macroCompanyRoutes } from './modules/macro/macro-company.routes';
import { mappingTemplatesRoutes } from './modules/mapping-templates/mapping-templates.routes';
import { membersRoutes } from './modules/members/members.routes';
import { reportSchedulesRoutes } from './modules/reports/report-schedules.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { transactionsRoutes } from './modules/transactions/transactions.routes';
import { uploadsRoutes } from './modules/uploads/uploads.routes';
import { DEFAULT_WEBHOOK_URL_POLICY, type WebhookUrlPolicy } from './modules/webhooks/webhook-url';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes';
import { registerAuth } from './plugins/auth';
import { frameworkErrorHandler, registerErrorHandler } from './plugins/error-handler';
import { registerMetrics } from './plugins/metrics';
import { registerOpenApi } from './plugins/openapi';
import { registerSecurity } from './plugins/security';
import { registerStaticWeb } from './plugins/static-web';
import { registerWebSocket } from './plugins/websocket';

export interface AppDeps {
  db: DbHandle;
  queue: JobQueue;
  events: EventBus;
  tokens: TokenService;
  metrics: Metrics;
  log: Logger;
  version: string;
  dataDir: string;
  minFreeDiskBytes: number;
  webDist?: string;
  bodyLimitBytes?: number;
  mailer: Mailer;
  /** Base URL of the web app, for links in e-mails. */
  publicUrl: string;
  /** Request counters for the auth limits (in-memory, or Redis shared by every API process). */
  rateLimiter: RateLimiter;
  /** Answers of the analytics endpoints, invalidated by whoever publishes `analytics.updated`; default: none. */
  analyticsCache?: AnalyticsCache;
  /** Behind a reverse proxy: take the client IP and protocol from X-Forwarded-* headers. */
  trustProxy?: boolean;
  /** Raw uploaded files (encrypted at rest). */
  storage: FileStorage;
  /** Largest accepted upload, bytes (413 above it). */
  uploadMaxBytes: number;
  /** Days an uploaded original file is kept before the retention job deletes it. */
  rawFileRetentionDays: number;
  /** Smallest benchmark cohort shown (BENCHMARK_MIN_COMPANIES); default 10. */
  benchmarkMinCompanies?: number;
  /** Ask AYNI's optional model (OPENAI_/ANTHROPIC_API_KEY); null = the offline parser only. */
  askLlm?: LlmConfig | null;
  /** The clock Ask counts "hoy" and "ayer" from (tests pin it to their data). */
  askNow?: () => number;
  /** Browser origins besides PUBLIC_URL allowed by CORS (CORS_ORIGINS). */
  corsOrigins?: string[];
  /** Send Strict-Transport-Security (production). */
  hsts?: boolean;
  /** Which webhook URLs are accepted (WEBHOOK_ALLOW_*); default: https, loopback allowed. */
  webhookUrlPolicy?: WebhookUrlPolicy;
  /** Visitors may try the demo company with a throwaway read-only account (AYNI_DEMO_VISITORS); default off. */
  demoVisitors?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeList: Array<{ method: string; url: string }>;
    analyticsCache: AnalyticsCache;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the HTTP app from its dependencies; entrypoints decide which adapters those are. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    bodyLimit: deps.bodyLimitBytes ?? 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    // Keep a caller's request id when it is a UUID, so one id follows a request across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && UUID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    trustProxy: deps.trustProxy ?? false,
  });
  // Every route as registered, so tests can check each one is documented (and tenant-safe).
  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.decorate('analyticsCache', deps.analyticsCache ?? NO_ANALYTICS_CACHE);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  app.setNotFoundHandler(() => {
    throw notFound('Route');
  });
  await registerOpenApi(app, deps.version);
  registerMetrics(app, deps.metrics);
  deps.metrics.sources.queueDepth = () => deps.queue.depth();
  deps.metrics.sources.dbPool = () => ({
    total: deps.db.pool.totalCount,
    idle: deps.db.pool.idleCount,
    waiting: deps.db.pool.waitingCount,
  });
  await app.register(cookie);
  await registerSecurity(app, { publicUrl: deps.publicUrl, corsOrigins: deps.corsOrigins, hsts: deps.hsts });
  registerAuth(app, { db: deps.db.db, pool: deps.db.pool, tokens: deps.tokens, log: deps.log });
  await registerWebSocket(app, { db: deps.db.db, tokens: deps.tokens, events: deps.events });

  healthRoutes(app, {
    db: deps.db,
    queueHealthy: () => deps.queue.healthy(),
    dataDir: deps.dataDir,
    minFreeBytes: deps.minFreeDiskBytes,
    version: deps.version,
  });
  authRoutes(app, {
    db: deps.db.db,
    tokens: deps.tokens,
    mailer: deps.mailer,
    limiter: deps.rateLimiter,
    log: deps.log,
    publicUrl: deps.publicUrl,
  });
  demoRoutes(app, {
    db: deps.db.db,
    tokens: deps.tokens,
    mailer: deps.mailer,
    limiter: deps.rateLimiter,
    log: deps.log,
    publicUrl: deps.publicUrl,
    enabled: deps.demoVisitors ?? false,
  });
  companiesRoutes(app, {
    db: deps.db.db,
    rawFileRetentionDays: deps.rawFileRetentionDays,
    queue: deps.queue,
  });
  locationsRoutes(app);
  mappingTemplatesRoutes(app);
  membersRoutes(app);
  invitationsRoutes(app, { db: deps.db.db, mailer: deps.mailer, publicUrl: deps.publicUrl });
  auditRoutes(app);
  exportRoutes(app);
  levelExportRoutes(app);
  adminRoutes(app, { db: deps.db.db });
  dashboardRoutes(app);
  insightsRoutes(app);
  analyticsRoutes(app, { queue: deps.queue });
  metricsRoutes(app);
  breakdownsRoutes(app);
  sellerPaymentRoutes(app);
  catalogRoutes(app);
  askRoutes(app, { llm: deps.askLlm ?? null, now: deps.askNow });
  benchmarksRoutes(app, { db: deps.db.db, minCompanies: deps.benchmarkMinCompanies ?? 10 });
  macroRoutes(app, { db: deps.db.db });
  macroCompanyRoutes(app);
  webhooksRoutes(app, { queue: deps.queue, urlPolicy: deps.webhookUrlPolicy ?? DEFAULT_WEBHOOK_URL_POLICY });
  reportsRoutes(app, { storage: deps.storage, queue: deps.queue });
  reportSchedulesRoutes(app, { db: deps.db.db });
  await uploadsRoutes(app, {
    db: deps.db,
    storage: deps.storage,
    queue: deps.queue,
    events: deps.events,
    uploadMaxBytes: deps.uploadMaxBytes,
  });
  apiKeysRoutes(app);
  transactionsRoutes(app, { storage: deps.storage, queue: deps.queue, waitMs: 30_000 });

  if (deps.webDist) await registerStaticWeb(app, deps.webDist);
  return app;
}
