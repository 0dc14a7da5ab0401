import type { JobRef } from '@ayni/contracts';
import { type Database, inCompany, rebuildDailySales } from '@ayni/db';
import type { JobQueue } from '../../jobs/job-queue';
import type { ServiceContext } from '../../lib/context';

/** The job id is per company (BullMQ forbids ':' in ids): asking twice while one is pending queues it once. */
export const refreshJobId = (companyId: string) => `analytics.refresh.${companyId}`;

export async function requestRefresh(ctx: ServiceContext, queue: JobQueue): Promise<JobRef> {
  const { id } = await queue.enqueue(
    'analytics.refresh',
    { companyId: ctx.companyId },
    { jobId: refreshJobId(ctx.companyId), requestId: ctx.requestId },
  );
  return { job_id: id, name: 'analytics.refresh' };
}

/** Job handler: rebuilds the company's rollups from its sale lines (idempotent). */
export async function runRefresh(db: Database, companyId: string): Promise<number> {
  return inCompany(db, companyId, (tx) => rebuildDailySales(tx, companyId));
}
