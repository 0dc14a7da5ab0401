import type { Readable } from 'node:stream';
import type { UploadFile, UploadFilesStatus } from '@ayni/contracts';
import { getUpload, getUploadFile, inCompany, listUploadFiles } from '@ayni/db';
import type { Logger } from 'pino';
import type { FileStorage } from '../../../infra/storage/file-storage';
import { StorageObjectNotFoundError } from '../../../infra/storage/file-storage';
import { notFound } from '../../../lib/app-error';
import type { ServiceContext } from '../../../lib/context';
import { authorize } from '../../../lib/permissions';
import { EXPECTED_FILE_COUNT } from './level-files';

const filesStatus = (uploadStatus: string, status: string | null): UploadFilesStatus => {
  if (uploadStatus !== 'completed') return 'none';
  if (status === 'building' || status === 'ready' || status === 'failed') return status;
  return 'none';
};

/** The upload's files that are ready, and whether more are coming. */
export async function listFiles(
  ctx: ServiceContext,
  uploadId: string,
): Promise<{ files: UploadFile[]; status: UploadFilesStatus; expected: number }> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const upload = await getUpload(tx, ctx.companyId, uploadId);
    if (!upload) throw notFound('Upload');
    const rows = await listUploadFiles(tx, ctx.companyId, uploadId);
    const status = filesStatus(upload.status, upload.filesStatus);
    return {
      files: rows.map((r) => ({
        name: r.name,
        level: r.level,
        content_type: r.contentType,
        size_bytes: r.sizeBytes,
        rows: r.rows,
        ready: true as const,
        download_url: `/api/v1/uploads/${uploadId}/files/${r.name}`,
      })),
      status,
      expected: status === 'none' ? rows.length : EXPECTED_FILE_COUNT,
    };
  });
}

/** One ready file as a stream, with what the response needs; 404 when it is not (or no longer) there. */
export async function openFile(
  ctx: ServiceContext,
  storage: FileStorage,
  uploadId: string,
  name: string,
): Promise<{ filename: string; contentType: string; sizeBytes: number; body: Readable }> {
  authorize(ctx, 'view_dashboards');
  const found = await inCompany(ctx.db, ctx.companyId, async (tx) => {
    const upload = await getUpload(tx, ctx.companyId, uploadId);
    if (!upload) throw notFound('Upload');
    const file = await getUploadFile(tx, ctx.companyId, uploadId, name);
    return file ? { upload, file } : null;
  });
  if (!found) throw notFound('File');
  const body = await storage.get(found.file.storageKey).catch((err) => {
    if (err instanceof StorageObjectNotFoundError) throw notFound('File');
    throw err;
  });
  const base = found.upload.filename.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'upload';
  return {
    filename: `${base}-${name}`,
    contentType: found.file.contentType,
    sizeBytes: found.file.sizeBytes,
    body,
  };
}

/** Deletes stored objects of files whose rows are gone; a failure is logged, not thrown. */
export async function deleteStoredFiles(storage: Pick<FileStorage, 'delete'>, keys: string[], log: Logger) {
  for (const key of keys) {
    await storage.delete(key).catch((err) => log.error({ err, key }, 'could not delete an upload file'));
  }
}
