import type { JobRef } from '@ayni/contracts';
import { type DbHandle, holdTransactionLock, inCompany, rebuildDailySales } from '@ayni/db';
import type { JobQueue } from '../../jobs/job-queue';
import { companyImportLockKey } from '../../lib/company-import-lock';
import type { ServiceContext } from '../../lib/context';
import { recomputeFeaturesAlone } from './recompute-features';

/** The job id is per company (BullMQ forbids ':' in ids): asking twice while one is pending queues it once. */
export const refreshJobId = (companyId: string) => `analytics.refresh.${companyId}`;

export async function requestRefresh(ctx: ServiceContext, queue: Pick<JobQueue, 'enqueue'>): Promise<JobRef> {
  const { id } = await queue.enqueue(
    'analytics.refresh',
    { companyId: ctx.companyId },
    { jobId: refreshJobId(ctx.companyId), requestId: ctx.requestId },
  );
  return { job_id: id, name: 'analytics.refresh' };
}

/**
 * Job handler: rebuilds the company's rollups and features from its sale lines (idempotent),
 * each under the company's import lock (see `company-import-lock.ts`).
 */
export async function runRefresh(handle: DbHandle, companyId: string) {
  const days = await inCompany(handle.db, companyId, async (tx) => {
    await holdTransactionLock(tx, companyImportLockKey(companyId));
    return rebuildDailySales(tx, companyId);
  });
  const features = await recomputeFeaturesAlone(handle.pool, companyId);
  return { days, features };
}
