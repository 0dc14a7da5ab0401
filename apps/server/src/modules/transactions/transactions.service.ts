import { Readable } from 'node:stream';
import { PUSH_MAX_LINES, type PushResult, type PushTransactionsBody } from '@ayni/contracts';
import { inCompany, insertUpload } from '@ayni/db';
import type { FileStorage } from '../../infra/storage/file-storage';
import type { JobQueue } from '../../jobs/job-queue';
import { AppError } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { newUploadId } from '../uploads/upload-form';
import { type Answer, idempotent } from './idempotent';
import { linesToCsv } from './lines-to-csv';
import { pushOutcome, waitForImport } from './push-outcome';

export interface PushDeps {
  storage: FileStorage;
  queue: JobQueue;
  /** How long a push waits for its import before answering 202 with the status URL. */
  waitMs: number;
}

export function tooManyLines(count: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `At most ${PUSH_MAX_LINES} lines per call (got ${count})`, {
    messageEs: `Como máximo ${PUSH_MAX_LINES} líneas por llamada (llegaron ${count})`,
    details: [{ field: 'lines', message: `max ${PUSH_MAX_LINES}` }],
  });
}

/** The upload's name in the history: where it came from and when (Chile's calendar day). */
function pushFilename(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(now);
  return `api-${day}.json`;
}

/**
 * Push ingestion. The lines become an upload like any file: stored (encrypted), recorded in the
 * history and the audit log, and imported by the same `uploads.process` job, which keeps one
 * company's imports strictly in order and gives identical normalization, natural-key merge,
 * features and `analytics.updated`. The call waits for that import (≤10k lines take seconds),
 * so a POS usually gets 200 with counts and per-line rejections; if the company's queue is busy
 * it gets 202 and the status URL instead.
 */
export async function pushTransactions(
  ctx: ServiceContext,
  deps: PushDeps,
  body: PushTransactionsBody,
  idempotencyKey: string | undefined,
): Promise<Answer<PushResult>> {
  authorize(ctx, 'upload_data');
  if (body.lines.length > PUSH_MAX_LINES) throw tooManyLines(body.lines.length);
  return idempotent(ctx, idempotencyKey, body, async () => {
    const file = linesToCsv(body.lines);
    const uploadId = await recordUpload(
      ctx,
      deps,
      Buffer.from(file.csv, 'utf8'),
      file.mapping,
      body.lines.length,
    );
    const row = await waitForImport(ctx, uploadId, deps.waitMs);
    const result = await pushOutcome(ctx, row, file.indexOfLine);
    const finished = result.rows !== null;
    return { statusCode: finished ? 200 : 202, body: result };
  });
}

async function recordUpload(
  ctx: ServiceContext,
  deps: PushDeps,
  content: Buffer,
  mapping: ReturnType<typeof linesToCsv>['mapping'],
  lineCount: number,
): Promise<string> {
  const id = newUploadId();
  const key = `${ctx.companyId}/${id}`;
  await deps.storage.put(key, Readable.from([content]));
  try {
    await inCompany(ctx.db, ctx.companyId, async (tx) => {
      const created = await insertUpload(tx, ctx.companyId, {
        id,
        userId: ctx.userId ?? null,
        filename: pushFilename(new Date()),
        sizeBytes: content.length,
        storageKey: key,
        mode: 'append',
        mapping,
      });
      await audit(tx, ctx, 'upload.created', {
        type: 'upload',
        id,
        metadata: {
          filename: created.filename,
          size_bytes: content.length,
          mode: 'append',
          source: 'api',
          lines: lineCount,
          api_key: ctx.apiKey ?? null,
        },
      });
    });
  } catch (err) {
    await deps.storage.delete(key).catch(() => {});
    throw err;
  }
  await deps.queue.enqueue(
    'uploads.process',
    { companyId: ctx.companyId, uploadId: id },
    { jobId: `uploads.process.${id}`, requestId: ctx.requestId },
  );
  return id;
}
