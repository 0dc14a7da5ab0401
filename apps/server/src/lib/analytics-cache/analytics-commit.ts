import type { Logger } from 'pino';
import type { AnalyticsCache } from './analytics-cache';

/**
 * Commits `commit` (a transaction that changes the company's figures) so that no cached answer
 * outlives it: the company is marked as changing first and invalidated right after. If the cache
 * is unreachable the commit still happens; its TTL and the invalidation retried on
 * `analytics.updated` bound what a reader can miss.
 */
export async function commitAnalyticsChange(
  cache: AnalyticsCache | undefined,
  companyId: string,
  log: Logger,
  commit: () => Promise<unknown>,
): Promise<void> {
  if (!cache) {
    await commit();
    return;
  }
  await cache
    .beginChange(companyId)
    .catch((err) => log.warn({ err, company_id: companyId }, 'analytics cache not marked as changing'));
  await commit();
  await cache
    .invalidate(companyId)
    .catch((err) => log.warn({ err, company_id: companyId }, 'analytics cache not invalidated after commit'));
}
