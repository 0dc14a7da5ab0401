import type { UploadRows } from '@ayni/contracts';
import { type Database, inCompany, setUploadFilesStatus, type UploadRow, updateUpload } from '@ayni/db';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { EventBus } from '../../../events/event-bus';
import type { FileStorage } from '../../../infra/storage/file-storage';
import type { JobQueue } from '../../../jobs/job-queue';
import type { AnalyticsCache } from '../../../lib/analytics-cache/analytics-cache';
import { commitAnalyticsChange } from '../../../lib/analytics-cache/analytics-commit';
import { readFeatureChange } from '../../analytics/feature-change';
import { recomputeFeatures } from '../../analytics/recompute-features';
import { asIngestError, UploadCancelled } from './ingest-error';
import { IssueSink } from './issue-sink';
import { ProgressReporter } from './progress';
import { type ImportTuning, readUpload } from './read-upload';
import { resolveMapping } from './resolve-mapping';
import { writeImport } from './write-import';

export interface ImportDeps {
  db: Database;
  storage: FileStorage;
  events: EventBus;
  log: Logger;
  clock: () => number;
  /** Queues `uploads.files` after each completed import. */
  queue: Pick<JobQueue, 'enqueue'>;
  /** Cached analytics answers, kept from outliving the import's commit. */
  analyticsCache?: AnalyticsCache;
  importTuning?: ImportTuning;
}

/** After this many started attempts (crashes included) the upload is failed, not retried. */
export const MAX_IMPORT_ATTEMPTS = 3;
/** PostgreSQL memory for the import's sorts and hashes (per operation, this transaction only). */
const IMPORT_WORK_MEM = '256MB';

/**
 * Imports one upload on `client` (a dedicated connection holding the company's import lock):
 * profile the whole file, stage its lines, merge them and rebuild the affected analytics in ONE
 * transaction. A crash or error at any point leaves the company's data as it was; running it
 * again gives the same result.
 */
export async function importUpload(
  deps: ImportDeps,
  client: pg.PoolClient,
  upload: UploadRow,
): Promise<void> {
  const { companyId, id: uploadId } = upload;
  const log = deps.log.child({ company_id: companyId, upload_id: uploadId });
  const progress = new ProgressReporter(deps, companyId, uploadId);
  const finish = (values: Parameters<typeof updateUpload>[3]) =>
    inCompany(deps.db, companyId, (tx) => updateUpload(tx, companyId, uploadId, values));

  if (upload.attempts >= MAX_IMPORT_ATTEMPTS) {
    await finish({
      status: 'failed',
      errorCode: 'IMPORT_FAILED',
      errorMessage: 'The import failed repeatedly; upload the file again or contact support.',
      errorMessageEs: 'La importación falló repetidamente; vuelve a subir el archivo o contacta a soporte.',
      finishedAt: new Date(deps.clock()),
    });
    await deps.events.publish(
      failedEvent(
        upload,
        {
          code: 'IMPORT_FAILED',
          en: 'The import failed repeatedly',
          es: 'La importación falló repetidamente',
        },
        deps.clock(),
      ),
    );
    return;
  }
  await finish({ status: 'validating', attempts: upload.attempts + 1, startedAt: new Date(deps.clock()) });
  await progress.publish('upload.started', null);

  const startedAt = performance.now();
  const key = upload.storageKey as string;
  const open = () => deps.storage.get(key);
  const sink = new IssueSink(companyId, uploadId);
  let inTransaction = false;
  try {
    const { detected, staged, profiledAt } = await readUpload(client, {
      upload,
      open,
      mapping: await resolveMapping(deps.db, upload, open),
      now: deps.clock(),
      tuning: deps.importTuning,
      log,
      progress,
      sink,
      showDetected: async (view) => {
        await finish({ detected: view });
      },
      begin: async () => {
        await client.query('begin');
        inTransaction = true;
        await client.query("select set_config('app.company_id', $1, true)", [companyId]);
        // Sorts and hashes over a whole file's lines stay in memory instead of spilling to disk.
        await client.query(`set local work_mem = '${IMPORT_WORK_MEM}'`);
      },
    });
    const { counts, stage, companyHasLines, firstImport, ahead } = staged;
    // A first import's features were built from the file, if its documents came in order.
    const streamed = firstImport !== null && stage.keys.trusted && firstImport.exact ? firstImport : null;
    await sink.copyInto(client);
    const stagedAt = performance.now();
    await progress.report({ status: 'aggregating', progress: 85, linesProcessed: counts.total }, true);
    await firstImport?.readSettings(client, companyId);
    const merged = await writeImport(client, {
      companyId,
      uploadId,
      mode: upload.mode === 'replace' ? 'replace' : 'append',
      location: upload.mode === 'replace' ? upload.locationName : null,
      companyHasLines,
      keysInStage: stage.keys.trusted,
      tallies: stage,
      firstImportDays: firstImport?.days,
      ahead: ahead ?? undefined,
      whileInserting: streamed ? () => streamed.prepare() : undefined,
      onStep: (f) => progress.report({ progress: 85 + 14 * f }),
    });
    const featuresStartedAt = performance.now();
    const features = streamed
      ? await streamed.write(client, companyId)
      : await recomputeFeatures(client, companyId, await readFeatureChange(client, companyId));
    merged.timings.features_ms = Math.round(performance.now() - featuresStartedAt);
    if (streamed?.prepareMs != null) merged.timings.features_prepare_ms = streamed.prepareMs;
    const rows: UploadRows = {
      total: counts.total,
      accepted: counts.accepted,
      rejected: counts.rejected,
      skipped: counts.skipped,
      warnings: merged.warnedLines,
      inserted: merged.inserted,
      updated: merged.updated,
      unchanged: merged.unchanged,
      deleted: merged.deleted,
    };
    const warningCounts = { ...Object.fromEntries(sink.warningCounts), ...merged.fileWarningCounts };
    // Cancelled while we were writing? Then the flag wins and everything rolls back.
    const done = await client.query(
      `update uploads set status = 'completed', progress = 100, lines_processed = $3, lines_total = $3,
         rows = $4, detected = $5, warning_counts = $6, finished_at = now(), error_code = null,
         error_message = null, error_message_es = null, files_status = 'building'
       where company_id = $1 and id = $2 and not cancel_requested returning id`,
      [
        companyId,
        uploadId,
        counts.total,
        JSON.stringify(rows),
        JSON.stringify(detected),
        JSON.stringify(warningCounts),
      ],
    );
    if (done.rowCount === 0) throw new UploadCancelled();
    await commitAnalyticsChange(deps.analyticsCache, companyId, log, () => client.query('commit'));
    inTransaction = false;
    await enqueueUploadFiles(deps, companyId, uploadId, log);
    log.info(
      {
        rows,
        features: { lines: features.lines, rows: features.rows, rows_from: features.rowsFrom },
        timings: {
          profile_ms: Math.round(profiledAt - startedAt),
          stage_ms: Math.round(stagedAt - profiledAt),
          ...merged.timings,
          total_ms: Math.round(performance.now() - startedAt),
        },
      },
      'upload imported',
    );
    Object.assign(progress.current, { status: 'completed', progress: 100, linesProcessed: counts.total });
    await progress.publish('upload.completed', rows);
    await deps.events.publish({
      type: 'analytics.updated',
      company_id: companyId,
      upload_id: uploadId,
      status: 'completed',
      rows,
      from: merged.firstDay,
      to: merged.lastDay,
      at: new Date(deps.clock()).toISOString(),
    });
  } catch (err) {
    if (inTransaction) await client.query('rollback').catch(() => {});
    if (err instanceof UploadCancelled) {
      await finish({ status: 'cancelled', finishedAt: new Date(deps.clock()) });
      Object.assign(progress.current, { status: 'cancelled' });
      await progress.publish('upload.cancelled', null);
      log.info('upload cancelled');
      return;
    }
    const ingestError = asIngestError(err);
    if (!ingestError) throw err; // infrastructure trouble: the job retries from scratch
    await finish({
      status: 'failed',
      errorCode: ingestError.code,
      errorMessage: ingestError.messageEn,
      errorMessageEs: ingestError.messageEs,
      finishedAt: new Date(deps.clock()),
    });
    await deps.events.publish(
      failedEvent(
        upload,
        { code: ingestError.code, en: ingestError.messageEn, es: ingestError.messageEs },
        deps.clock(),
      ),
    );
    log.warn({ code: ingestError.code }, 'upload failed');
  } finally {
    await sink.dispose();
  }
}

/**
 * The upload's intermediate files (every level as CSV, and the workbook) are built by a job of
 * their own, queued once the import committed. The import is done either way: a queue that
 * refuses the job marks the files failed instead of retrying an import that already committed.
 */
async function enqueueUploadFiles(deps: ImportDeps, companyId: string, uploadId: string, log: Logger) {
  try {
    await deps.queue.enqueue(
      'uploads.files',
      { companyId, uploadId },
      { jobId: `uploads.files.${uploadId}` },
    );
  } catch (err) {
    log.error({ err }, 'could not queue the upload files');
    await inCompany(deps.db, companyId, (tx) =>
      setUploadFilesStatus(tx, companyId, uploadId, 'failed'),
    ).catch(() => {});
  }
}

function failedEvent(upload: UploadRow, error: { code: string; en: string; es: string }, now: number) {
  return {
    type: 'upload.failed' as const,
    company_id: upload.companyId,
    upload_id: upload.id,
    status: 'failed' as const,
    progress: upload.progress,
    lines_processed: upload.linesProcessed,
    lines_total: upload.linesTotal,
    rows: null,
    error: { code: error.code, message: error.en, message_es: error.es },
    at: new Date(now).toISOString(),
  };
}
