import { type DbHandle, listCompaniesWithOutdatedFeatures, withTenant } from '@ayni/db';
import { FEATURE_ROWS_VERSION } from '@ayni/engine';
import type { Logger } from 'pino';
import type { JobQueue } from '../../jobs/job-queue';
import { refreshJobId } from './analytics.service';

export interface OutdatedFeaturesDeps {
  db: DbHandle;
  queue: Pick<JobQueue, 'enqueue'>;
  log: Pick<Logger, 'info'>;
}

/**
 * Queues a refresh for every company whose stored figures another version of the engine built
 * (a deploy changed a definition) or a migration marked for a rebuild (it rewrote their lines).
 * Run when a job worker starts: the figures are right again without waiting for the company's
 * next upload. A refresh already queued is not queued twice (one job id per company), so
 * several workers starting together do the work once.
 */
export async function queueOutdatedFeatureRefreshes(deps: OutdatedFeaturesDeps): Promise<string[]> {
  const companies = await withTenant(deps.db.db, { featureSweep: true }, (tx) =>
    listCompaniesWithOutdatedFeatures(tx, FEATURE_ROWS_VERSION),
  );
  for (const companyId of companies) {
    await deps.queue.enqueue('analytics.refresh', { companyId }, { jobId: refreshJobId(companyId) });
  }
  if (companies.length > 0) {
    deps.log.info({ companies: companies.length }, 'refreshing figures built by another engine version');
  }
  return companies;
}
