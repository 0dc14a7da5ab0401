import type { Readable } from 'node:stream';
import type { Upload } from '@ayni/contracts';
import {
  getUpload,
  inCompany,
  insertUpload,
  listChanges,
  listLocations,
  listUploads,
  requestCancel,
} from '@ayni/db';
import type { Multipart } from '@fastify/multipart';
import type { FileStorage } from '../../infra/storage/file-storage';
import { StorageFullError } from '../../infra/storage/local-file-storage';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError, notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { getTemplate } from '../mapping-templates/mapping-templates.service';
import { newUploadId, readUploadForm } from './upload-form';
import { uploadView } from './upload-view';

export interface UploadDeps {
  storage: FileStorage;
  queue: JobQueue;
  uploadMaxBytes: number;
}

/**
 * The server's disk, not the user's file, is the problem: 503 with a reason the client can act
 * on (details `STORAGE_FULL`), and nothing kept of the file.
 */
const storageFull = () =>
  new AppError('SERVICE_UNAVAILABLE', 'The server has no room to store the file right now; try again later', {
    messageEs: 'El servidor no tiene espacio para guardar el archivo en este momento; intenta más tarde',
    details: [{ field: 'file', message: 'STORAGE_FULL' }],
    headers: { 'retry-after': '300' },
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Receives a file: stores it (encrypted), records the upload and queues its import. */
export async function createUpload(
  ctx: ServiceContext,
  deps: UploadDeps,
  parts: AsyncIterableIterator<Multipart>,
): Promise<Upload> {
  authorize(ctx, 'upload_data');
  const id = newUploadId();
  const key = `${ctx.companyId}/${id}`;
  const form = await readUploadForm(parts, {
    limit: deps.uploadMaxBytes,
    store: (file: Readable) => deps.storage.put(key, file),
    discard: () => deps.storage.delete(key),
  }).catch((err) => {
    throw err instanceof StorageFullError ? storageFull() : err;
  });
  try {
    const row = await inCompany(ctx.db, ctx.companyId, async (tx) => {
      const location = form.location ? await resolveLocation(tx, ctx.companyId, form.location) : null;
      if (form.templateId && !(await getTemplate(tx, ctx.companyId, form.templateId))) {
        throw new AppError('VALIDATION_ERROR', 'Unknown template_id', {
          messageEs: 'La plantilla indicada no existe',
          details: [{ field: 'template_id', message: 'not found' }],
        });
      }
      const created = await insertUpload(tx, ctx.companyId, {
        id,
        userId: ctx.userId,
        filename: form.filename.slice(0, 255),
        sizeBytes: form.size,
        storageKey: key,
        mode: form.mode,
        locationName: location,
        sheet: form.sheet,
        mapping: form.mapping,
        templateId: form.templateId,
      });
      await audit(tx, ctx, 'upload.created', {
        type: 'upload',
        id,
        metadata: { filename: created.filename, size_bytes: form.size, mode: form.mode },
      });
      return created;
    });
    await deps.queue.enqueue(
      'uploads.process',
      { companyId: ctx.companyId, uploadId: id },
      { jobId: `uploads.process.${id}`, requestId: ctx.requestId },
    );
    return uploadView(row);
  } catch (err) {
    await deps.storage.delete(key).catch(() => {});
    throw err;
  }
}

/** A branch given by id (one of the company's locations) or by name as the file writes it. */
async function resolveLocation(tx: ServiceContext['db'], companyId: string, value: string): Promise<string> {
  if (!UUID.test(value)) return value;
  const location = (await listLocations(tx, companyId)).find((l) => l.id === value);
  if (!location) {
    throw new AppError('VALIDATION_ERROR', 'Unknown location', {
      messageEs: 'La sucursal indicada no existe',
      details: [{ field: 'location', message: 'not found' }],
    });
  }
  return location.name;
}

export async function getUploadView(ctx: ServiceContext, uploadId: string): Promise<Upload> {
  const row = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
  if (!row) throw notFound('Upload');
  return uploadView(row);
}

export async function listUploadViews(ctx: ServiceContext, limit: number, beforeSeq?: number) {
  authorize(ctx, 'view_dashboards');
  const rows = await inCompany(ctx.db, ctx.companyId, (tx) =>
    listUploads(tx, ctx.companyId, limit, beforeSeq),
  );
  return rows.map((r) => ({ view: uploadView(r), seq: r.seq }));
}

export async function cancelUpload(ctx: ServiceContext, uploadId: string): Promise<Upload> {
  authorize(ctx, 'upload_data');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const row = await requestCancel(tx, ctx.companyId, uploadId);
    if (!row) {
      const existing = await getUpload(tx, ctx.companyId, uploadId);
      if (!existing) throw notFound('Upload');
      throw new AppError('CONFLICT', `The upload is already ${existing.status}; it cannot be cancelled`, {
        messageEs: 'La carga ya terminó; no se puede cancelar',
      });
    }
    await audit(tx, ctx, 'upload.cancel_requested', { type: 'upload', id: uploadId });
    return uploadView(row);
  });
}

export async function listUploadChanges(ctx: ServiceContext, uploadId: string) {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    if (!(await getUpload(tx, ctx.companyId, uploadId))) throw notFound('Upload');
    const rows = await listChanges(tx, ctx.companyId, uploadId);
    return rows.map((r) => ({
      action: r.action as 'upload' | 'delete',
      period_type: r.periodType as 'day' | 'week' | 'month' | 'quarter' | 'year',
      period_start: r.periodStart,
      lines_before: r.linesBefore,
      lines_after: r.linesAfter,
      inserted: r.inserted,
      updated: r.updated,
      deleted: r.deleted,
    }));
  });
}
