import type { CompanyDetail, DeletedCompany, Role } from '@ayni/contracts';
import {
  type Database,
  findCompanyAnyState,
  inCompany,
  listCompaniesDueForPurge,
  listLocations,
  listStoredFileKeys,
  purgeCompany,
  restoreDeletedCompany,
  softDeleteCompany,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import type { FileStorage } from '../../infra/storage/file-storage';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { toCompanyDetail } from './company-view';

/** Days a deleted company's data is kept (hidden) before it is purged for good. */
export const PURGE_GRACE_DAYS = 30;
/** One id for the sweep job: a pending sweep is never queued twice. */
export const PURGE_JOB_ID = 'companies.purge';
export const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Soft delete (owners only): every route answers 404 at once; the data goes after the grace period. */
export async function deleteCompany(ctx: ServiceContext): Promise<DeletedCompany> {
  authorize(ctx, 'delete_data');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const row = await softDeleteCompany(tx, ctx.companyId, PURGE_GRACE_DAYS);
    if (!row?.deletedAt || !row.purgeAfter) throw notFound('Company');
    const result = {
      id: row.id,
      deleted_at: row.deletedAt.toISOString(),
      purge_after: row.purgeAfter.toISOString(),
    };
    await audit(tx, ctx, 'company.deleted', {
      type: 'company',
      id: ctx.companyId,
      metadata: { purge_after: result.purge_after },
    });
    return result;
  });
}

/**
 * Undoes a deletion during the grace period (owners only): the company and all its data are back
 * at once, and the purge no longer applies. After the grace period it answers 404.
 */
export async function restoreCompany(ctx: ServiceContext): Promise<CompanyDetail> {
  authorize(ctx, 'delete_data');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const before = await findCompanyAnyState(tx, ctx.companyId);
    if (!before) throw notFound('Company');
    if (!before.deletedAt) {
      throw new AppError('CONFLICT', 'This company is not deleted', {
        messageEs: 'Esta empresa no está eliminada',
      });
    }
    // Checked again under the write: a grace period that just ended wins.
    const row = await restoreDeletedCompany(tx, ctx.companyId);
    if (!row) throw notFound('Company');
    await audit(tx, ctx, 'company.restored', {
      type: 'company',
      id: ctx.companyId,
      metadata: {
        deleted_at: before.deletedAt.toISOString(),
        purge_after: before.purgeAfter?.toISOString() ?? null,
      },
    });
    return toCompanyDetail(row, ctx.role as Role, await listLocations(tx, ctx.companyId));
  });
}

/**
 * Job `companies.purge`: hard-deletes every company whose grace period is over; the foreign
 * keys' cascades take all of its rows with it. Idempotent: a purged company is simply gone.
 */
export async function purgeDeletedCompanies(
  db: Database,
  log: Logger,
  storage?: Pick<FileStorage, 'delete'>,
): Promise<number> {
  const due = await withTenant(db, { platform: true }, (tx) => listCompaniesDueForPurge(tx));
  let purged = 0;
  for (const companyId of due) {
    // Original files first: once the rows are gone nothing would know their keys.
    const keys = await inCompany(db, companyId, (tx) => listStoredFileKeys(tx, companyId));
    for (const key of keys) {
      await storage
        ?.delete(key)
        .catch((err) => log.error({ err, company_id: companyId }, 'could not delete a raw file'));
    }
    if (await inCompany(db, companyId, (tx) => purgeCompany(tx, companyId))) {
      purged++;
      // The company's audit log went with it: this line is what remains.
      log.info({ company_id: companyId }, 'deleted company purged');
    }
  }
  return purged;
}
