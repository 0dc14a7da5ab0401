import { createJobHandlers, createOutcomeReporter } from '../jobs/handlers';
import { enqueueEvery } from '../jobs/schedule';
import { queueOutdatedFeatureRefreshes } from '../modules/analytics/outdated-features';
import { scheduleBenchmarks } from '../modules/benchmarks/benchmarks.schedule';
import { PURGE_EVERY_MS, PURGE_JOB_ID } from '../modules/companies/company-deletion.service';
import { PURGE_VISITORS_EVERY_MS, PURGE_VISITORS_JOB_ID } from '../modules/demo/demo-visitors';
import { MACRO_REFRESH_JOB_ID, macroSourcesConfig } from '../modules/macro/macro.config';
import { createRetrievers } from '../modules/macro/macro.retriever';
import { REPORT_SCHEDULE_EVERY_MS, REPORT_SCHEDULE_JOB_ID } from '../modules/reports/schedule-sweep';
import { RAW_PURGE_EVERY_MS, RAW_PURGE_JOB_ID } from '../modules/uploads/raw-file-retention';
import { RESUME_EVERY_MS, RESUME_JOB_ID } from '../modules/uploads/resume-uploads';
import { webhookUrlPolicy } from '../modules/webhooks/webhook-url';
import type { Runtime } from './runtime';

/**
 * Starts consuming jobs on a runtime, queues the refresh of figures another engine version
 * built, and starts the periodic jobs (the sweep of deleted companies, at start and then
 * hourly; the macro series, at start and then every MACRO_REFRESH_HOURS).
 * Returns the function that stops the schedules.
 */
export async function startJobWorker(runtime: Runtime): Promise<() => void> {
  await runtime.queue.startWorker(
    createJobHandlers({
      db: runtime.db,
      log: runtime.log,
      storage: runtime.storage,
      events: runtime.events,
      queue: runtime.queue,
      rawFileRetentionDays: runtime.env.RAW_FILE_RETENTION_DAYS,
      benchmarkMinCompanies: runtime.env.BENCHMARK_MIN_COMPANIES,
      macroRetrievers: createRetrievers(macroSourcesConfig(runtime.env)),
      webhooks: { urlPolicy: webhookUrlPolicy(runtime.env) },
      mailer: runtime.mailer,
      publicUrl: runtime.env.PUBLIC_URL ?? `http://localhost:${runtime.env.PORT}`,
      analyticsCache: runtime.analyticsCache,
    }),
    createOutcomeReporter({ metrics: runtime.metrics, events: runtime.events, log: runtime.log }),
  );
  // Not awaited: a worker starts consuming at once; a failure here is logged, not fatal.
  queueOutdatedFeatureRefreshes(runtime).catch((err) =>
    runtime.log.error({ err }, 'could not queue the refresh of outdated figures'),
  );
  const stops = [
    scheduleBenchmarks(runtime),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'companies.purge', payload: {}, jobId: PURGE_JOB_ID },
      PURGE_EVERY_MS,
    ),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'demo.purge-visitors', payload: {}, jobId: PURGE_VISITORS_JOB_ID },
      PURGE_VISITORS_EVERY_MS,
    ),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'uploads.purge-raw', payload: {}, jobId: RAW_PURGE_JOB_ID },
      RAW_PURGE_EVERY_MS,
    ),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'uploads.resume', payload: {}, jobId: RESUME_JOB_ID },
      RESUME_EVERY_MS,
    ),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'macro.refresh', payload: {}, jobId: MACRO_REFRESH_JOB_ID },
      runtime.env.MACRO_REFRESH_HOURS * 3_600_000,
    ),
    enqueueEvery(
      runtime.queue,
      runtime.log,
      { name: 'reports.schedule', payload: {}, jobId: REPORT_SCHEDULE_JOB_ID },
      REPORT_SCHEDULE_EVERY_MS,
    ),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
