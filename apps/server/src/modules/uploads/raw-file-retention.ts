import {
  type DbHandle,
  inCompany,
  listCompanyIdsForPlatform,
  listExpiredRawFiles,
  updateUpload,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import type { FileStorage } from '../../infra/storage/file-storage';
import { purgeExpiredRawFiles } from '../../infra/storage/retention';

/** One id for the sweep: a pending sweep is never queued twice. */
export const RAW_PURGE_JOB_ID = 'uploads.purge-raw';
export const RAW_PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes original files older than RAW_FILE_RETENTION_DAYS, company by company (each in its
 * own row-level-security scope). The imported lines stay; only the raw file goes.
 */
export async function purgeRawFiles(deps: {
  db: DbHandle;
  storage: FileStorage;
  log: Logger;
  rawFileRetentionDays: number;
  clock: () => number;
}) {
  const olderThan = new Date(deps.clock() - deps.rawFileRetentionDays * 86_400_000);
  const companyIds = await withTenant(deps.db.db, { platform: true }, (tx) => listCompanyIdsForPlatform(tx));
  const totals = { purged: 0, alreadyGone: 0, failed: 0 };
  for (const companyId of companyIds) {
    const result = await purgeExpiredRawFiles({
      storage: deps.storage,
      listExpired: async () => {
        const rows = await inCompany(deps.db.db, companyId, (tx) =>
          listExpiredRawFiles(tx, companyId, olderThan),
        );
        return rows.map((r) => ({ id: r.id, key: r.key as string }));
      },
      markPurged: async (id) => {
        await inCompany(deps.db.db, companyId, (tx) =>
          updateUpload(tx, companyId, id, { rawDeletedAt: new Date(deps.clock()) }),
        );
      },
    });
    for (const failure of result.failures) {
      deps.log.error({ err: failure.error, upload_id: failure.id }, 'could not delete an expired raw file');
    }
    totals.purged += result.purged;
    totals.alreadyGone += result.alreadyGone;
    totals.failed += result.failed;
  }
  return totals;
}
