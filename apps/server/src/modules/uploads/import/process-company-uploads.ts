import { type DbHandle, inCompany, nextPendingUpload } from '@ayni/db';
import { companyImportLockKey } from '../../../lib/company-import-lock';
import { type ImportDeps, importUpload } from './import-upload';

/**
 * Job body: imports the company's unfinished uploads, oldest first, while holding a PostgreSQL
 * advisory lock for the company, so one company's uploads run strictly in submission order
 * (on any number of workers) while different companies run in parallel. The lock lives on the
 * import's own connection: if the worker dies, PostgreSQL releases it with the transaction.
 */
export async function processCompanyUploads(
  deps: Omit<ImportDeps, 'db'> & { db: DbHandle },
  companyId: string,
): Promise<number> {
  const client = await deps.db.pool.connect();
  let imported = 0;
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [companyImportLockKey(companyId)]);
    try {
      for (;;) {
        const next = await inCompany(deps.db.db, companyId, (tx) => nextPendingUpload(tx, companyId));
        if (!next) break;
        await importUpload({ ...deps, db: deps.db.db }, client, next);
        imported++;
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtextextended($1, 0))', [
        companyImportLockKey(companyId),
      ]);
    }
    client.release();
  } catch (err) {
    // A connection that failed mid-import may hold a broken transaction: never reuse it.
    client.release(err as Error);
    throw err;
  }
  return imported;
}
