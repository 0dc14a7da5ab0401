import {
  type DbHandle,
  inCompany,
  listCompanyIdsForPlatform,
  oldestStalledUpload,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../../jobs/job-queue';
import { companyImportLockKey } from '../../lib/company-import-lock';

/** One id for the sweep: a pending sweep is never queued twice. */
export const RESUME_JOB_ID = 'uploads.resume';
export const RESUME_EVERY_MS = 5 * 60 * 1000;
/** An upload still unfinished this long after it was sent, with no import running, was lost. */
export const STALLED_AFTER_MS = 10 * 60 * 1000;

/**
 * Imports are jobs; a job can be lost (Redis restarted empty) or fail for good (the database was
 * down through all its retries), leaving uploads `queued` or `importing` forever. For each company
 * whose oldest unfinished upload is older than STALLED_AFTER_MS and whose import lock is free (no
 * import running anywhere), this queues the company's import again. Running it twice is harmless:
 * the import takes the lock and picks up whatever is pending, in order.
 */
export async function resumeStalledUploads(deps: {
  db: DbHandle;
  queue: Pick<JobQueue, 'enqueue'>;
  log: Logger;
  clock: () => number;
}): Promise<number> {
  const before = new Date(deps.clock() - STALLED_AFTER_MS);
  const companyIds = await withTenant(deps.db.db, { platform: true }, (tx) => listCompanyIdsForPlatform(tx));
  let resumed = 0;
  for (const companyId of companyIds) {
    const stalled = await inCompany(deps.db.db, companyId, (tx) =>
      oldestStalledUpload(tx, companyId, before),
    );
    if (!stalled || (await importRunning(deps.db, companyId))) continue;
    await deps.queue.enqueue(
      'uploads.process',
      { companyId, uploadId: stalled.id },
      { jobId: `uploads.resume.${stalled.id}` },
    );
    deps.log.warn({ company_id: companyId, upload_id: stalled.id }, 'resumed an unfinished upload');
    resumed++;
  }
  return resumed;
}

/** Whether some process holds the company's import lock right now (tried, and let go at once). */
async function importRunning(db: DbHandle, companyId: string): Promise<boolean> {
  const client = await db.pool.connect();
  try {
    const key = companyImportLockKey(companyId);
    const { rows } = await client.query<{ free: boolean }>(
      'select pg_try_advisory_lock(hashtextextended($1, 0)) as free',
      [key],
    );
    if (rows[0]?.free) await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    return rows[0]?.free !== true;
  } finally {
    client.release();
  }
}
