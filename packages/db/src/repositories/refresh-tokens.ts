import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../client';
import { refreshTokens } from '../schema';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type NewRefreshToken = typeof refreshTokens.$inferInsert;

export async function insertRefreshToken(db: Database, token: NewRefreshToken): Promise<void> {
  await db.insert(refreshTokens).values(token);
}

export async function findRefreshTokenByHash(
  db: Database,
  tokenHash: string,
): Promise<RefreshTokenRow | undefined> {
  const rows = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).limit(1);
  return rows[0];
}

/**
 * Replaces `oldId` by `next` in one transaction. Only one caller can revoke the old token, so
 * false means someone else rotated (or revoked) it first: the caller must treat that as reuse.
 */
export async function rotateRefreshToken(
  db: Database,
  oldId: string,
  next: NewRefreshToken & { id: string },
  at: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(refreshTokens)
      .set({ revokedAt: at, replacedBy: next.id })
      .where(and(eq(refreshTokens.id, oldId), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    if (revoked.length !== 1) return false;
    await tx.insert(refreshTokens).values(next);
    return true;
  });
}

/** Revokes every still-valid token of a family; returns how many. */
export async function revokeRefreshFamily(db: Database, familyId: string, at: Date): Promise<number> {
  const rows = await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length;
}

/** Revokes all of a user's sessions, optionally keeping one family (the caller's own). */
export async function revokeUserRefreshTokens(
  db: Database,
  userId: string,
  at: Date,
  options: { exceptFamilyId?: string } = {},
): Promise<number> {
  const rows = await db
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
        options.exceptFamilyId ? ne(refreshTokens.familyId, options.exceptFamilyId) : undefined,
      ),
    )
    .returning({ id: refreshTokens.id });
  return rows.length;
}
