import type { Account, RegisterRequest } from '@ayni/contracts';
import {
  consumeUserToken,
  findUserByEmail,
  findUserById,
  insertUser,
  insertUserToken,
  markEmailVerified,
  type UserRow,
} from '@ayni/db';
import { AppError, unauthorized } from '../../lib/app-error';
import { hashOpaqueToken, newOpaqueToken } from '../../lib/opaque-token';
import { assertPasswordAllowed } from '../../lib/password-policy';
import { hashPassword } from '../../lib/passwords';
import { toAccount } from './auth.service';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { linkTo, sendSafely, VERIFY_EMAIL_TTL_MS, verificationEmail } from './auth-emails';
import { recordAuthEvent } from './auth-events';
import { AUTH_LIMITS, enforceLimit, limitKey } from './auth-limits';

const emailTaken = () =>
  new AppError('CONFLICT', 'An account with this e-mail already exists', {
    messageEs: 'Ya existe una cuenta con este correo',
    details: [{ field: 'email', message: 'already registered' }],
  });

const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

async function sendVerification(deps: AuthDeps, user: UserRow): Promise<void> {
  const token = newOpaqueToken();
  await insertUserToken(deps.db, {
    userId: user.id,
    purpose: 'verify_email',
    tokenHash: hashOpaqueToken(token),
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS),
  });
  await sendSafely(deps, verificationEmail(user, linkTo(deps.publicUrl, 'verify-email', token)));
}

/** Creates an account (e-mail not yet verified) and sends the verification link. */
export async function register(deps: AuthDeps, input: RegisterRequest, origin: AuthOrigin): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  await enforceLimit(deps.limiter, limitKey.registerIp(origin.ip), AUTH_LIMITS.registerPerIp);
  // Refused passwords cost nothing and send nothing: only the per-IP limit counts them.
  assertPasswordAllowed(input.password, { email, field: 'password' });
  await enforceLimit(deps.limiter, limitKey.registerEmail(email), AUTH_LIMITS.registerPerEmail);
  if (await findUserByEmail(deps.db, email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const user = await insertUser(deps.db, { email, name: input.name, passwordHash }).catch((err) => {
    throw isUniqueViolation(err) ? emailTaken() : err;
  });
  await recordAuthEvent(deps.db, 'registered', { userId: user.id, email }, origin);
  await sendVerification(deps, user);
  return toAccount(user);
}

/** Marks the e-mail verified; the link works once, for 48 hours. */
export async function verifyEmail(deps: AuthDeps, token: string, origin: AuthOrigin): Promise<Account> {
  const now = new Date();
  const used = await consumeUserToken(deps.db, hashOpaqueToken(token), 'verify_email', now);
  if (!used) {
    const message = 'This link is not valid or has expired';
    throw new AppError('VALIDATION_ERROR', message, {
      messageEs: 'El enlace no es válido o ya expiró',
      details: [{ field: 'token', message }],
    });
  }
  await markEmailVerified(deps.db, used.userId, now);
  const user = await findUserById(deps.db, used.userId);
  if (!user) throw unauthorized();
  await recordAuthEvent(deps.db, 'email_verified', { userId: user.id, email: user.email }, origin);
  return toAccount(user);
}

/** Sends a new verification link to the signed-in user (nothing if already verified). */
export async function resendVerification(deps: AuthDeps, userId: string): Promise<void> {
  await enforceLimit(deps.limiter, limitKey.sensitive(userId), AUTH_LIMITS.sensitivePerUser);
  const user = await findUserById(deps.db, userId);
  if (!user) throw unauthorized();
  if (!user.emailVerifiedAt) await sendVerification(deps, user);
}
