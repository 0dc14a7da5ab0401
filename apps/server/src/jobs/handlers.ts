import type { DbHandle } from '@ayni/db';
import type { Logger } from 'pino';
import type { EventBus } from '../events/event-bus';
import type { FileStorage } from '../infra/storage/file-storage';
import type { AnalyticsCache } from '../lib/analytics-cache/analytics-cache';
import type { Mailer } from '../lib/mailer/mailer';
import { OutboxMailer } from '../lib/mailer/outbox-mailer';
import type { Metrics } from '../lib/metrics';
import { runRefresh } from '../modules/analytics/analytics.service';
import { computeAllBenchmarks } from '../modules/benchmarks/compute-benchmarks';
import { purgeDeletedCompanies } from '../modules/companies/company-deletion.service';
import { purgeDemoVisitors } from '../modules/demo/demo-visitors';
import { refreshMacroSeries } from '../modules/macro/macro.loader';
import type { MacroRetriever } from '../modules/macro/macro.retriever';
import { buildReport } from '../modules/reports/build-report';
import { runReportSchedules } from '../modules/reports/schedule-sweep';
import { buildUploadFiles, markUploadFilesFailed } from '../modules/uploads/files/build-upload-files';
import { processCompanyUploads } from '../modules/uploads/import/process-company-uploads';
import type { ImportTuning } from '../modules/uploads/import/read-upload';
import { purgeRawFiles } from '../modules/uploads/raw-file-retention';
import { resumeStalledUploads } from '../modules/uploads/resume-uploads';
import type { DeliveryConfig } from '../modules/webhooks/webhook-delivery-config';
import { webhookDeliverHandler } from '../modules/webhooks/webhooks.job';
import { type JobHandlers, type JobOutcome, type JobQueue, MAX_ATTEMPTS } from './job-queue';

export interface JobHandlerDeps {
  db: DbHandle;
  log: Logger;
  storage: FileStorage;
  events: EventBus;
  /** For jobs that queue follow-up jobs (a completed import queues `uploads.files`). */
  queue: Pick<JobQueue, 'enqueue'>;
  rawFileRetentionDays: number;
  /** Smallest benchmark cohort shown (never below 10); default 10. */
  benchmarkMinCompanies?: number;
  /** Live macro sources in order of preference; none = the shipped snapshot only. */
  macroRetrievers?: readonly MacroRetriever[];
  /** Cached analytics answers; a macro refresh changes every company's revenue in UF and USD. */
  analyticsCache?: AnalyticsCache;
  clock?: () => number;
  /** Scheduled report e-mails; default: the email_outbox table. */
  mailer?: Mailer;
  /** Base URL of the web app, for links in scheduled report e-mails. */
  publicUrl?: string;
  /** Webhook delivery settings (URL policy, retry schedule); tests shorten the schedule. */
  webhooks?: Partial<DeliveryConfig>;
  /** Sizes of the import's one-pass steps; tests shrink them to reach them with small files. */
  importTuning?: ImportTuning;
}

export function createJobHandlers(deps: JobHandlerDeps): Required<JobHandlers> {
  const clock = deps.clock ?? Date.now;
  const reportDeps = { ...deps, clock, benchmarkMinCompanies: deps.benchmarkMinCompanies ?? 10 };
  return {
    'analytics.refresh': async ({ companyId }, ctx) => {
      const { days, features } = await runRefresh(deps.db, companyId);
      // The figures were rewritten: browsers refetch and the benchmarks are scheduled again.
      await deps.events.publish({
        type: 'analytics.updated',
        company_id: companyId,
        upload_id: null,
        status: null,
        rows: null,
        from: null,
        to: null,
        at: new Date(clock()).toISOString(),
      });
      deps.log.info(
        { company_id: companyId, days, features, job_id: ctx.jobId, request_id: ctx.requestId },
        'analytics refreshed',
      );
    },
    'benchmarks.compute': async (_payload, ctx) => {
      const grains = await computeAllBenchmarks(deps.db.db, {
        minCompanies: deps.benchmarkMinCompanies ?? 10,
        now: new Date(clock()),
      });
      deps.log.info({ grains, job_id: ctx.jobId }, 'benchmarks computed');
    },
    'companies.purge': async (_payload, ctx) => {
      const purged = await purgeDeletedCompanies(deps.db.db, deps.log, deps.storage);
      deps.log.info({ purged, job_id: ctx.jobId }, 'deleted companies swept');
    },
    'demo.purge-visitors': async (_payload, ctx) => {
      const purged = await purgeDemoVisitors(deps.db.db, deps.log, new Date(clock()));
      deps.log.info({ purged, job_id: ctx.jobId }, 'expired demo visitors deleted');
    },
    'macro.refresh': async (_payload, ctx) => {
      const series = await refreshMacroSeries(deps.db.db, deps.macroRetrievers ?? [], {
        now: clock(),
        log: deps.log,
      });
      const refreshed = series.filter((s) => s.source !== null).map((s) => s.code);
      if (refreshed.length > 0) {
        await deps.analyticsCache
          ?.invalidateAll()
          .catch((err) => deps.log.warn({ err }, 'analytics cache not invalidated after the macro refresh'));
      }
      deps.log.info(
        { refreshed, stale: series.length - refreshed.length, job_id: ctx.jobId },
        'macro series refreshed',
      );
    },
    'reports.build': async ({ companyId, reportId }, ctx) => {
      const outcome = await buildReport(reportDeps, companyId, reportId, {
        lastAttempt: ctx.attempt >= MAX_ATTEMPTS,
      });
      deps.log.info(
        { company_id: companyId, report_id: reportId, status: outcome.status, job_id: ctx.jobId },
        'report built',
      );
    },
    'reports.schedule': async (_payload, ctx) => {
      const counts = await runReportSchedules({
        ...reportDeps,
        mailer: deps.mailer ?? new OutboxMailer(deps.db.db, deps.log),
        publicUrl: deps.publicUrl ?? 'http://localhost:3000',
      });
      deps.log.info({ ...counts, job_id: ctx.jobId }, 'scheduled reports swept');
    },
    'uploads.process': async ({ companyId }, ctx) => {
      const imported = await processCompanyUploads({ ...deps, clock }, companyId);
      deps.log.info({ company_id: companyId, imported, job_id: ctx.jobId }, 'uploads processed');
    },
    'uploads.resume': async (_payload, ctx) => {
      const resumed = await resumeStalledUploads({ db: deps.db, queue: deps.queue, log: deps.log, clock });
      deps.log.info({ resumed, job_id: ctx.jobId }, 'unfinished uploads swept');
    },
    'uploads.files': async ({ companyId, uploadId }, ctx) => {
      try {
        const built = await buildUploadFiles(deps, companyId, uploadId);
        deps.log.info(
          { company_id: companyId, upload_id: uploadId, ...built, job_id: ctx.jobId },
          'upload files built',
        );
      } catch (err) {
        if (ctx.attempt >= MAX_ATTEMPTS) await markUploadFilesFailed(deps.db, companyId, uploadId);
        throw err;
      }
    },
    'uploads.purge-raw': async (_payload, ctx) => {
      const result = await purgeRawFiles({ ...deps, clock });
      deps.log.info({ ...result, job_id: ctx.jobId }, 'expired raw files purged');
    },
    'webhooks.deliver': webhookDeliverHandler(deps),
  };
}

/** Every finished attempt feeds the metrics; final outcomes reach the company's browsers. */
export function createOutcomeReporter(deps: { metrics: Metrics; events: EventBus; log: Logger }) {
  return (outcome: JobOutcome) => {
    deps.metrics.observeJob(outcome.name, outcome.status, outcome.seconds);
    const companyId = (outcome.payload as { companyId?: string } | null)?.companyId;
    if (!companyId || outcome.status === 'retried') return;
    const at = new Date().toISOString();
    const event =
      outcome.status === 'completed'
        ? {
            type: 'job.completed' as const,
            company_id: companyId,
            job_id: outcome.jobId,
            name: outcome.name,
            at,
          }
        : {
            type: 'job.failed' as const,
            company_id: companyId,
            job_id: outcome.jobId,
            name: outcome.name,
            error: outcome.error ?? 'failed',
            at,
          };
    deps.events.publish(event).catch((err) => deps.log.error({ err }, 'could not publish job event'));
  };
}
