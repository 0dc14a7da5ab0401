import type { ChangePasswordRequest, LoginResponse } from '@ayni/contracts';
import { findUserById, revokeUserRefreshTokens, setUserPassword } from '@ayni/db';
import { AppError, unauthorized } from '../../lib/app-error';
import { assertPasswordAllowed } from '../../lib/password-policy';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { passwordChangedEmail, sendSafely } from './auth-emails';
import { recordAuthEvent } from './auth-events';
import { AUTH_LIMITS, enforceLimit, limitKey } from './auth-limits';
import { startSession } from './sessions.service';

const invalidField = (field: string, message: string, messageEs: string) =>
  new AppError('VALIDATION_ERROR', message, { messageEs, details: [{ field, message }] });

/**
 * Changes the signed-in user's password. Every session ends (refresh tokens revoked, access
 * tokens issued before now refused by `app.authenticate`); the caller gets a fresh session.
 */
export async function changePassword(
  deps: AuthDeps,
  userId: string,
  input: ChangePasswordRequest,
  origin: AuthOrigin,
): Promise<LoginResponse> {
  await enforceLimit(deps.limiter, limitKey.sensitive(userId), AUTH_LIMITS.sensitivePerUser);
  const user = await findUserById(deps.db, userId);
  if (!user) throw unauthorized();
  if (!(await verifyPassword(user.passwordHash, input.current_password))) {
    throw invalidField(
      'current_password',
      'The current password is not correct',
      'La contraseña actual no es correcta',
    );
  }
  assertPasswordAllowed(input.new_password, { email: user.email, field: 'new_password' });
  if (input.new_password === input.current_password) {
    throw invalidField(
      'new_password',
      'The new password must be different from the current one',
      'La nueva contraseña debe ser distinta de la actual',
    );
  }
  const now = new Date();
  await setUserPassword(deps.db, user.id, await hashPassword(input.new_password), now);
  await revokeUserRefreshTokens(deps.db, user.id, now);
  await recordAuthEvent(deps.db, 'password_changed', { userId: user.id, email: user.email }, origin);
  await sendSafely(deps, passwordChangedEmail(user));
  return startSession(deps, user, origin);
}
