import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';
import type { UserRow } from './users';

/**
 * Counts one failed sign-in; the `maxFailures`-th in a row locks the account until `lockUntil`
 * and starts the count again. Atomic, so parallel attempts cannot slip past the limit.
 */
export async function recordFailedLogin(
  db: Database,
  userId: string,
  options: { maxFailures: number; lockUntil: Date },
): Promise<{ locked: boolean; lockedUntil: Date | null }> {
  const reached = sql`${users.failedLogins} + 1 >= ${options.maxFailures}`;
  const rows = await db
    .update(users)
    .set({
      failedLogins: sql`case when ${reached} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${reached} then ${options.lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  const lockedUntil = rows[0]?.lockedUntil ?? null;
  return { locked: lockedUntil?.getTime() === options.lockUntil.getTime(), lockedUntil };
}

/** A successful sign-in (or a password reset) forgets earlier failures and any lock. */
export async function clearFailedLogins(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/** Sets a new password hash; `changedAt` invalidates access tokens issued before it. */
export async function setUserPassword(
  db: Database,
  userId: string,
  passwordHash: string,
  changedAt: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: changedAt, failedLogins: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}

export async function markEmailVerified(db: Database, userId: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ emailVerifiedAt: at })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
}

export async function updateUserProfile(
  db: Database,
  userId: string,
  changes: { name?: string },
): Promise<UserRow | undefined> {
  if (changes.name === undefined) {
    const rows = await db.select().from(users).where(eq(users.id, userId)).limit(1);
    return rows[0];
  }
  const rows = await db.update(users).set({ name: changes.name }).where(eq(users.id, userId)).returning();
  return rows[0];
}

/** Stores a pending TOTP secret; refused (false) while two-factor is already enabled. */
export async function setPendingTotpSecret(db: Database, userId: string, secret: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpSecret: secret })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Turns the pending secret on; false when there is none or it is already enabled. */
export async function enableTotp(db: Database, userId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpEnabledAt: at })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt), sql`${users.totpSecret} is not null`))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function disableTotp(db: Database, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null })
    .where(eq(users.id, userId));
}

/**
 * Records the TOTP time step just used; false when that step (or a later one) was already used,
 * so the same code cannot sign in twice, even in two requests at once.
 */
export async function claimTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length > 0;
}
