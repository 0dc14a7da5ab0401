import {
  FINISHED_UPLOAD_STATUSES,
  type PushRejection,
  type PushResult,
  type UploadStatus,
} from '@ayni/contracts';
import { getUpload, inCompany, listIssues, type UploadRow } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { uploadView } from '../uploads/upload-view';

const POLL_MS = 100;
const ISSUE_PAGE = 5000;

/**
 * Waits for the upload's import to finish, up to `waitMs`. Polling the row works the same in
 * the embedded and the scale-out shapes (the import may run in another process).
 */
export async function waitForImport(
  ctx: ServiceContext,
  uploadId: string,
  waitMs: number,
): Promise<UploadRow> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const row = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
    if (!row) throw new Error(`upload ${uploadId} vanished while waiting for its import`);
    if (FINISHED_UPLOAD_STATUSES.includes(row.status as UploadStatus) || Date.now() >= deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The answer of a push: the upload's counts and each refused line by its index in `lines`. */
export async function pushOutcome(
  ctx: ServiceContext,
  row: UploadRow,
  indexOfLine: ReadonlyMap<number, number>,
): Promise<PushResult> {
  const view = uploadView(row);
  const finished = FINISHED_UPLOAD_STATUSES.includes(view.status);
  const rejections: PushRejection[] = [];
  if (finished) {
    let after = 0;
    for (;;) {
      const page = await inCompany(ctx.db, ctx.companyId, (tx) =>
        listIssues(tx, ctx.companyId, row.id, ['rejected', 'skipped'], after, ISSUE_PAGE),
      );
      for (const issue of page) {
        rejections.push({
          index: indexOfLine.get(issue.line) ?? -1,
          severity: issue.severity === 'skipped' ? 'skipped' : 'rejected',
          field: issue.columnName,
          code: issue.code,
          message_es: issue.messageEs,
          message_en: issue.messageEn,
        });
      }
      if (page.length < ISSUE_PAGE) break;
      after = page[page.length - 1]?.id ?? after;
    }
  }
  return {
    upload_id: row.id,
    status: view.status,
    status_url: `/api/v1/uploads/${row.id}`,
    rows: finished ? view.rows : null,
    rejections,
    error:
      row.errorCode && view.status === 'failed'
        ? {
            code: row.errorCode,
            message_es: row.errorMessageEs ?? row.errorMessage ?? '',
            message_en: row.errorMessage ?? '',
          }
        : null,
  };
}
