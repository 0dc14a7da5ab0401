import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { userTokens } from '../schema';

export type UserTokenPurpose = 'verify_email' | 'reset_password';
export type UserTokenRow = typeof userTokens.$inferSelect;

export async function insertUserToken(
  db: Database,
  token: { userId: string; purpose: UserTokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(userTokens).values(token);
}

const usable = (tokenHash: string, purpose: UserTokenPurpose, now: Date) =>
  and(
    eq(userTokens.tokenHash, tokenHash),
    eq(userTokens.purpose, purpose),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, now),
  );

/** The token if it is unused and unexpired (without using it up). */
export async function findUsableUserToken(
  db: Database,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<UserTokenRow | undefined> {
  const rows = await db
    .select()
    .from(userTokens)
    .where(usable(tokenHash, purpose, now))
    .limit(1);
  return rows[0];
}

/** Uses the token up, atomically: of two parallel callers only one gets the row. */
export async function consumeUserToken(
  db: Database,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<UserTokenRow | undefined> {
  const rows = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(usable(tokenHash, purpose, now))
    .returning();
  return rows[0];
}

/** Marks every outstanding token of a purpose used (e.g. other reset links after a reset). */
export async function invalidateUserTokens(
  db: Database,
  userId: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
}
