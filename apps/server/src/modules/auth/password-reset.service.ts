import type { PasswordResetConfirm } from '@ayni/contracts';
import {
  consumeUserToken,
  findUsableUserToken,
  findUserByEmail,
  findUserById,
  insertUserToken,
  invalidateUserTokens,
  markEmailVerified,
  revokeUserRefreshTokens,
  setUserPassword,
} from '@ayni/db';
import { AppError } from '../../lib/app-error';
import { hashOpaqueToken, newOpaqueToken } from '../../lib/opaque-token';
import { assertPasswordAllowed } from '../../lib/password-policy';
import { hashPassword } from '../../lib/passwords';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { linkTo, passwordResetEmail, RESET_PASSWORD_TTL_MS, sendSafely } from './auth-emails';
import { recordAuthEvent } from './auth-events';
import { AUTH_LIMITS, enforceLimit, limitKey } from './auth-limits';

const invalidLink = () => {
  const message = 'This link is not valid or has expired';
  return new AppError('VALIDATION_ERROR', message, {
    messageEs: 'El enlace no es válido o ya expiró',
    details: [{ field: 'token', message }],
  });
};

async function sendResetLink(deps: AuthDeps, email: string, origin: AuthOrigin): Promise<void> {
  const user = await findUserByEmail(deps.db, email);
  if (user && !user.disabledAt) {
    const token = newOpaqueToken();
    await insertUserToken(deps.db, {
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashOpaqueToken(token),
      expiresAt: new Date(Date.now() + RESET_PASSWORD_TTL_MS),
    });
    await sendSafely(deps, passwordResetEmail(user, linkTo(deps.publicUrl, 'reset-password', token)));
  }
  await recordAuthEvent(deps.db, 'password_reset_requested', { userId: user?.id, email }, origin);
}

/**
 * Asks for a reset link. Answers the same whether or not the e-mail has an account: the lookup
 * and the e-mail happen after the answer, so neither the body nor the timing tells.
 */
export async function requestPasswordReset(deps: AuthDeps, email: string, origin: AuthOrigin): Promise<void> {
  await enforceLimit(deps.limiter, limitKey.resetIp(origin.ip), AUTH_LIMITS.resetPerIp);
  await enforceLimit(deps.limiter, limitKey.resetEmail(email), AUTH_LIMITS.resetPerEmail);
  sendResetLink(deps, email, origin).catch((err) => deps.log.error({ err }, 'password reset request failed'));
}

/** Sets a new password with a reset link (once, within an hour); ends every session. */
export async function confirmPasswordReset(
  deps: AuthDeps,
  input: PasswordResetConfirm,
  origin: AuthOrigin,
): Promise<void> {
  const now = new Date();
  const tokenHash = hashOpaqueToken(input.token);
  const pending = await findUsableUserToken(deps.db, tokenHash, 'reset_password', now);
  const user = pending ? await findUserById(deps.db, pending.userId) : undefined;
  if (!pending || !user) throw invalidLink();
  // Checked before the link is used up, so a rejected password does not cost the link.
  assertPasswordAllowed(input.new_password, { email: user.email, field: 'new_password' });
  if (!(await consumeUserToken(deps.db, tokenHash, 'reset_password', now))) throw invalidLink();
  await setUserPassword(deps.db, user.id, await hashPassword(input.new_password), now);
  // Whoever holds the link reads the mailbox: the e-mail is verified as well.
  await markEmailVerified(deps.db, user.id, now);
  await invalidateUserTokens(deps.db, user.id, 'reset_password', now);
  await revokeUserRefreshTokens(deps.db, user.id, now);
  await recordAuthEvent(deps.db, 'password_reset', { userId: user.id, email: user.email }, origin);
}
