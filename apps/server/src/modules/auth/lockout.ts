import { recordFailedLogin, type UserRow } from '@ayni/db';
import { AppError } from '../../lib/app-error';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { recordAuthEvent } from './auth-events';
import { limitKey } from './auth-limits';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

export function isLocked(user: UserRow, now: Date): boolean {
  return !!user.lockedUntil && user.lockedUntil.getTime() > now.getTime();
}

export function accountLocked(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'RATE_LIMITED',
    `Account locked after too many failed sign-in attempts; try again in ${minutes} minutes`,
    {
      messageEs: `Cuenta bloqueada por demasiados intentos fallidos; vuelve a intentarlo en ${minutes} minutos`,
      details: [{ field: 'email', message: `account locked until ${until.toISOString()}` }],
      headers: { 'retry-after': String(seconds) },
    },
  );
}

/**
 * Counts a failed attempt (wrong password or second factor). The fifth in a row locks the
 * account for 15 minutes; the lock then governs, so the per-account rate window starts over.
 * Returns the lock error to throw, or null.
 */
export async function countFailedLogin(deps: AuthDeps, user: UserRow, origin: AuthOrigin, now: Date) {
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  const { locked } = await recordFailedLogin(deps.db, user.id, { maxFailures: MAX_FAILED_LOGINS, lockUntil });
  if (!locked) return null;
  await deps.limiter.reset(limitKey.loginAccount(user.email));
  await recordAuthEvent(deps.db, 'locked', { userId: user.id, email: user.email }, origin);
  deps.log.warn({ user_id: user.id, ip: origin.ip }, 'account locked after repeated failed sign-ins');
  return accountLocked(lockUntil, now);
}
