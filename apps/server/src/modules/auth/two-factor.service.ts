import { randomInt } from 'node:crypto';
import type { TotpEnableResponse, TotpSetupResponse } from '@ayni/contracts';
import {
  claimTotpStep,
  deleteRecoveryCodes,
  disableTotp,
  enableTotp,
  findUserById,
  replaceRecoveryCodes,
  setPendingTotpSecret,
  type UserRow,
  useRecoveryCode,
} from '@ayni/db';
import { generateSecret, generateURI, verify } from 'otplib';
import { AppError, unauthorized } from '../../lib/app-error';
import { hashOpaqueToken } from '../../lib/opaque-token';
import { verifyPassword } from '../../lib/passwords';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { recordAuthEvent } from './auth-events';
import { AUTH_LIMITS, enforceLimit, limitKey } from './auth-limits';

const RECOVERY_CODES = 10;
// No 0/O, 1/I: codes are typed by hand from a printout.
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

const invalid = (field: string, message: string, messageEs: string) =>
  new AppError('VALIDATION_ERROR', message, { messageEs, details: [{ field, message }] });

const wrongCode = (field: string) =>
  invalid(field, 'The verification code is not valid', 'El código de verificación no es válido');

/** True when `code` is a current TOTP code of `user` not used before (its time step is then spent). */
async function totpMatches(deps: AuthDeps, user: UserRow, secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  // One 30-second step either side, for clocks a little off; never a step already used.
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    afterTimeStep: user.totpLastStep ?? undefined,
  }).catch(() => ({ valid: false as const }));
  if (!result.valid || !('timeStep' in result)) return false;
  return claimTotpStep(deps.db, user.id, result.timeStep);
}

/** Which second factor `code` is for an enabled user, using a recovery code up; null if neither. */
export async function checkSecondFactor(deps: AuthDeps, user: UserRow, code: string) {
  const trimmed = code.trim();
  if (user.totpSecret && (await totpMatches(deps, user, user.totpSecret, trimmed))) return 'totp' as const;
  const normalized = normalizeRecoveryCode(trimmed);
  if (normalized.length !== 10) return null;
  const used = await useRecoveryCode(deps.db, user.id, hashOpaqueToken(normalized), new Date());
  return used ? ('recovery_code' as const) : null;
}

async function signedInUser(deps: AuthDeps, userId: string): Promise<UserRow> {
  const user = await findUserById(deps.db, userId);
  if (!user) throw unauthorized();
  return user;
}

const alreadyEnabled = () =>
  new AppError('CONFLICT', 'Two-factor authentication is already enabled', {
    messageEs: 'La verificación en dos pasos ya está activada',
  });

/** Starts enrolment: a new secret (pending until `enable` proves the app has it). */
export async function setupTwoFactor(deps: AuthDeps, userId: string): Promise<TotpSetupResponse> {
  const user = await signedInUser(deps, userId);
  const secret = generateSecret();
  if (!(await setPendingTotpSecret(deps.db, user.id, secret))) throw alreadyEnabled();
  return { secret, otpauth_url: generateURI({ issuer: 'AYNI', label: user.email, secret }) };
}

/** Turns two-factor on once a code from the app matches; returns fresh recovery codes. */
export async function enableTwoFactor(
  deps: AuthDeps,
  userId: string,
  code: string,
  origin: AuthOrigin,
): Promise<TotpEnableResponse> {
  await enforceLimit(deps.limiter, limitKey.sensitive(userId), AUTH_LIMITS.sensitivePerUser);
  const user = await signedInUser(deps, userId);
  if (user.totpEnabledAt) throw alreadyEnabled();
  if (!user.totpSecret) {
    throw invalid('code', 'Start two-factor setup first', 'Primero inicia la configuración en dos pasos');
  }
  if (!(await totpMatches(deps, user, user.totpSecret, code.trim()))) throw wrongCode('code');
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await replaceRecoveryCodes(
    deps.db,
    user.id,
    codes.map((c) => hashOpaqueToken(normalizeRecoveryCode(c))),
  );
  if (!(await enableTotp(deps.db, user.id, new Date()))) throw alreadyEnabled();
  await recordAuthEvent(deps.db, 'totp_enabled', { userId: user.id, email: user.email }, origin);
  return { recovery_codes: codes };
}

/** Turns two-factor off; needs the password and a current code (or a recovery code). */
export async function disableTwoFactor(
  deps: AuthDeps,
  userId: string,
  input: { password: string; code: string },
  origin: AuthOrigin,
): Promise<void> {
  await enforceLimit(deps.limiter, limitKey.sensitive(userId), AUTH_LIMITS.sensitivePerUser);
  const user = await signedInUser(deps, userId);
  if (!user.totpEnabledAt) {
    throw invalid(
      'code',
      'Two-factor authentication is not enabled',
      'La verificación en dos pasos no está activada',
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw invalid('password', 'The password is not correct', 'La contraseña no es correcta');
  }
  if (!(await checkSecondFactor(deps, user, input.code))) throw wrongCode('code');
  await disableTotp(deps.db, user.id);
  await deleteRecoveryCodes(deps.db, user.id);
  await recordAuthEvent(deps.db, 'totp_disabled', { userId: user.id, email: user.email }, origin);
}
