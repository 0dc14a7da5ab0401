import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { idempotencyKeys } from '../schema-integrations';

// Inside inCompany (RLS). A claimed key has status_code 0 until its answer is stored.

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/** Status of a key whose request is still running: its answer is not known yet. */
export const IDEMPOTENCY_IN_PROGRESS = 0;

/**
 * Claims `key` for a request with body hash `requestHash`. Answers null when the claim is new
 * (the caller runs the request), else the row already there (replay, conflict or in progress).
 */
export async function claimIdempotencyKey(
  db: Database,
  companyId: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyRow | null> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ companyId, key, requestHash, statusCode: IDEMPOTENCY_IN_PROGRESS, response: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.companyId, companyId), eq(idempotencyKeys.key, key)));
  return row ?? null;
}

export async function storeIdempotentAnswer(
  db: Database,
  companyId: string,
  key: string,
  answer: { statusCode: number; response: unknown },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode: answer.statusCode, response: answer.response })
    .where(and(eq(idempotencyKeys.companyId, companyId), eq(idempotencyKeys.key, key)));
}

/** Frees a claim whose request failed before answering, so the client may retry with the key. */
export async function releaseIdempotencyKey(db: Database, companyId: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, companyId),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.statusCode, IDEMPOTENCY_IN_PROGRESS),
      ),
    );
}
