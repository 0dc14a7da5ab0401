import type { Upload } from '@ayni/contracts';
import { appendAudit, type DbHandle, getUpload, inCompany } from '@ayni/db';
import type { EventBus } from '../../events/event-bus';
import type { FileStorage } from '../../infra/storage/file-storage';
import type { AnalyticsCache } from '../../lib/analytics-cache/analytics-cache';
import { commitAnalyticsChange } from '../../lib/analytics-cache/analytics-commit';
import { AppError, notFound } from '../../lib/app-error';
import { companyImportLockKey } from '../../lib/company-import-lock';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { readFeatureChange } from '../analytics/feature-change';
import { recomputeFeatures } from '../analytics/recompute-features';
import { deleteStoredFiles } from './files/upload-files.service';
import {
  collectAffectedDays,
  countLinesInPeriods,
  deriveLinesAfter,
  rebuildAffectedDays,
  writePeriodChanges,
} from './import/period-changes';
import { uploadView } from './upload-view';

const IMPORT_LOCK_WAIT = '5s';
/** PostgreSQL's lock_not_available: lock_timeout ran out. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Removes the lines an upload wrote (inserted or last updated), rebuilds the affected days'
 * analytics and records the per-period changes, in one transaction, with the upload's files
 * (`upload_files` rows; their stored objects right after the commit). Refused while an import
 * of the company is running (it holds the company's import lock).
 */
export async function deleteUpload(
  ctx: ServiceContext,
  deps: {
    pool: DbHandle['pool'];
    events: EventBus;
    storage: Pick<FileStorage, 'delete'>;
    analyticsCache?: AnalyticsCache;
  },
  uploadId: string,
): Promise<Upload> {
  authorize(ctx, 'upload_data');
  const existing = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
  if (!existing) throw notFound('Upload');
  if (existing.status !== 'completed') {
    throw new AppError('CONFLICT', `Only completed uploads can be deleted (this one is ${existing.status})`, {
      messageEs: 'Solo se pueden eliminar cargas completadas; cancela las que están en curso',
    });
  }
  const client = await deps.pool.connect();
  let released = false;
  try {
    await client.query('begin');
    await client.query("select set_config('app.company_id', $1, true)", [ctx.companyId]);
    // The import job keeps the lock a moment after its upload shows completed (it looks for the
    // next one): wait a few seconds for it rather than refusing a delete right after an import.
    await client.query(`set local lock_timeout = '${IMPORT_LOCK_WAIT}'`);
    await client
      .query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [companyImportLockKey(ctx.companyId)])
      .catch((err: { code?: string }) => {
        if (err.code !== LOCK_NOT_AVAILABLE) throw err;
        throw new AppError('CONFLICT', 'An import is running for this company; try again when it finishes', {
          messageEs: 'Hay una importación en curso; inténtalo cuando termine',
        });
      });
    await client.query('set local lock_timeout to default');
    // Empty diff: a deletion only removes lines.
    await client.query(
      'create temp table upload_diff (sold_at timestamptz, old_sold_at timestamptz, action text) on commit drop',
    );
    await client.query(
      `create temp table upload_gone on commit drop as
       select id, sold_at from sale_lines where company_id = $1 and upload_id = $2`,
      [ctx.companyId, uploadId],
    );
    await collectAffectedDays(client, ctx.companyId);
    await countLinesInPeriods(client, ctx.companyId);
    const removed = await client.query(
      'delete from sale_lines l using upload_gone g where l.company_id = $1 and l.id = g.id',
      [ctx.companyId],
    );
    await deriveLinesAfter(client);
    await writePeriodChanges(client, { companyId: ctx.companyId, uploadId, action: 'delete' });
    await rebuildAffectedDays(client, ctx.companyId);
    await recomputeFeatures(client, ctx.companyId, await readFeatureChange(client, ctx.companyId));
    const span = await client.query<{ first: string | null; last: string | null }>(
      'select min(day)::text as first, max(day)::text as last from upload_days',
    );
    const updated = await client.query(
      `update uploads set status = 'deleted', files_status = null, finished_at = now()
       where company_id = $1 and id = $2 returning id`,
      [ctx.companyId, uploadId],
    );
    if (updated.rowCount === 0) throw notFound('Upload');
    // After the status changed (row locked): a file being registered now either is seen here
    // or sees the upload deleted and removes its own object (registerUploadFile).
    const files = await client.query<{ storage_key: string }>(
      'delete from upload_files where company_id = $1 and upload_id = $2 returning storage_key',
      [ctx.companyId, uploadId],
    );
    await commitAnalyticsChange(deps.analyticsCache, ctx.companyId, ctx.log, () => client.query('commit'));
    await deleteStoredFiles(
      deps.storage,
      files.rows.map((r) => r.storage_key),
      ctx.log,
    );
    await inCompany(ctx.db, ctx.companyId, (tx) =>
      appendAudit(tx, ctx.companyId, {
        userId: ctx.userId,
        action: 'upload.deleted',
        targetType: 'upload',
        targetId: uploadId,
        ip: ctx.origin.ip,
        userAgent: ctx.origin.userAgent,
        metadata: { lines_deleted: removed.rowCount ?? 0, filename: existing.filename },
      }),
    );
    await deps.events.publish({
      type: 'analytics.updated',
      company_id: ctx.companyId,
      upload_id: uploadId,
      status: 'deleted',
      rows: null,
      from: span.rows[0]?.first ?? null,
      to: span.rows[0]?.last ?? null,
      at: new Date().toISOString(),
    });
    const row = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
    return uploadView(row ?? existing);
  } catch (err) {
    await client.query('rollback').catch(() => {});
    client.release();
    released = true;
    throw err;
  } finally {
    if (!released) client.release();
  }
}
