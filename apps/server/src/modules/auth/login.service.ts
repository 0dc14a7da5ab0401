import type { LoginRequest, LoginResponse } from '@ayni/contracts';
import { clearFailedLogins, findUserByEmail } from '@ayni/db';
import { AppError, unauthorized } from '../../lib/app-error';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { recordAuthEvent } from './auth-events';
import { AUTH_LIMITS, limitKey, tooManyRequests } from './auth-limits';
import { accountLocked, countFailedLogin, isLocked } from './lockout';
import { startSession } from './sessions.service';
import { checkSecondFactor } from './two-factor.service';

// Verifying against a real hash when the e-mail is unknown keeps response times alike,
// so timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

const badCredentials = () => unauthorized('Invalid e-mail or password', 'Correo o contraseña incorrectos');

const totpError = (message: string, messageEs: string) =>
  new AppError('UNAUTHORIZED', message, { messageEs, details: [{ field: 'totp', message }] });

/**
 * Signs in: per-IP and per-account rate limits, lockout after five failures in a row, the
 * password, then the second factor when enabled. Every attempt lands in `auth_events`.
 */
export async function login(deps: AuthDeps, input: LoginRequest, origin: AuthOrigin): Promise<LoginResponse> {
  const now = new Date();
  const email = input.email;
  const ipKey = limitKey.loginIp(origin.ip);
  const accountKey = limitKey.loginAccount(email);
  const event = (kind: Parameters<typeof recordAuthEvent>[1], userId?: string) =>
    recordAuthEvent(deps.db, kind, { userId, email }, origin);

  const perIp = await deps.limiter.hit(ipKey, AUTH_LIMITS.loginPerIp);
  if (!perIp.allowed) {
    await event('rate_limited');
    throw tooManyRequests(perIp.retryAfterSeconds);
  }
  const user = await findUserByEmail(deps.db, email);
  if (user && isLocked(user, now)) {
    await event('locked', user.id);
    throw accountLocked(user.lockedUntil as Date, now);
  }
  const perAccount = await deps.limiter.hit(accountKey, AUTH_LIMITS.loginPerAccount);
  if (!perAccount.allowed) {
    await event('rate_limited', user?.id);
    throw tooManyRequests(perAccount.retryAfterSeconds);
  }

  dummyHash ??= hashPassword('not-a-real-password-0000');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid) {
    await event('failed', user?.id);
    const locked = user ? await countFailedLogin(deps, user, origin, now) : null;
    throw locked ?? badCredentials();
  }
  if (user.disabledAt) {
    await event('disabled', user.id);
    throw new AppError('FORBIDDEN', 'This account is disabled', {
      messageEs: 'Esta cuenta está deshabilitada',
    });
  }
  if (user.totpEnabledAt) {
    if (!input.totp) {
      await event('totp_required', user.id);
      throw totpError('Two-factor code required', 'Se requiere el código de verificación');
    }
    const factor = await checkSecondFactor(deps, user, input.totp);
    if (!factor) {
      await event('totp_failed', user.id);
      const locked = await countFailedLogin(deps, user, origin, now);
      throw locked ?? totpError('Invalid two-factor code', 'El código de verificación no es válido');
    }
    if (factor === 'recovery_code') await event('recovery_code_used', user.id);
  }
  // Signed in: this attempt was the owner's, so it does not count against the limits.
  await Promise.all([deps.limiter.refund(ipKey), deps.limiter.refund(accountKey)]);
  if (user.failedLogins > 0 || user.lockedUntil) await clearFailedLogins(deps.db, user.id);
  await event('ok', user.id);
  return startSession(deps, user, origin);
}
