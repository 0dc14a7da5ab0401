import { createHash } from 'node:crypto';
import {
  claimIdempotencyKey,
  IDEMPOTENCY_IN_PROGRESS,
  inCompany,
  releaseIdempotencyKey,
  storeIdempotentAnswer,
} from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';

export interface Answer<T> {
  statusCode: number;
  body: T;
  /** True when this is a stored answer to an earlier request with the same key and body. */
  replayed: boolean;
}

/** A claim older than this belongs to a request that died without answering: it may be retaken. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/**
 * Runs `work` once per `Idempotency-Key`: a retry with the same key and body gets the stored
 * answer; the same key with another body, or while the first request still runs, gets 409.
 * Without a key, `work` simply runs.
 */
export async function idempotent<T>(
  ctx: ServiceContext,
  key: string | undefined,
  body: unknown,
  work: () => Promise<{ statusCode: number; body: T }>,
): Promise<Answer<T>> {
  if (!key) return { ...(await work()), replayed: false };
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const { companyId } = ctx;
  let existing = await inCompany(ctx.db, companyId, (tx) =>
    claimIdempotencyKey(tx, companyId, key, requestHash),
  );
  if (
    existing?.statusCode === IDEMPOTENCY_IN_PROGRESS &&
    Date.now() - existing.createdAt.getTime() > ABANDONED_AFTER_MS
  ) {
    await inCompany(ctx.db, companyId, (tx) => releaseIdempotencyKey(tx, companyId, key));
    existing = await inCompany(ctx.db, companyId, (tx) =>
      claimIdempotencyKey(tx, companyId, key, requestHash),
    );
  }
  if (existing) {
    if (existing.requestHash !== requestHash) {
      throw new AppError('CONFLICT', 'This Idempotency-Key was already used with a different body', {
        messageEs: 'Esta Idempotency-Key ya se usó con otro contenido',
        details: [{ field: 'idempotency-key', message: 'IDEMPOTENCY_KEY_REUSED' }],
      });
    }
    if (existing.statusCode === IDEMPOTENCY_IN_PROGRESS) {
      throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still running; retry later', {
        messageEs: 'Una solicitud con esta Idempotency-Key aún se está procesando; reintenta más tarde',
        details: [{ field: 'idempotency-key', message: 'IDEMPOTENCY_KEY_IN_PROGRESS' }],
      });
    }
    return { statusCode: existing.statusCode, body: existing.response as T, replayed: true };
  }
  try {
    const answer = await work();
    await inCompany(ctx.db, companyId, (tx) =>
      storeIdempotentAnswer(tx, companyId, key, { statusCode: answer.statusCode, response: answer.body }),
    );
    return { ...answer, replayed: false };
  } catch (err) {
    await inCompany(ctx.db, companyId, (tx) => releaseIdempotencyKey(tx, companyId, key)).catch(() => {});
    throw err;
  }
}
