import { randomUUID } from 'node:crypto';
import type { LoginResponse } from '@ayni/contracts';
import {
  findRefreshTokenByHash,
  findUserById,
  insertRefreshToken,
  revokeRefreshFamily,
  rotateRefreshToken,
  type UserRow,
} from '@ayni/db';
import { unauthorized } from '../../lib/app-error';
import { hashOpaqueToken, newOpaqueToken } from '../../lib/opaque-token';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../lib/tokens';
import { toUser } from './auth.service';
import type { AuthDeps, AuthOrigin } from './auth-deps';
import { recordAuthEvent } from './auth-events';

export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 3600_000;

const sessionExpired = () =>
  unauthorized('Your session has expired; sign in again', 'Tu sesión expiró; inicia sesión de nuevo');

function newRefreshRow(user: UserRow, familyId: string, origin: AuthOrigin, now: Date) {
  const token = newOpaqueToken();
  const row = {
    id: randomUUID(),
    userId: user.id,
    familyId,
    tokenHash: hashOpaqueToken(token),
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    ip: origin.ip,
    userAgent: origin.userAgent,
  };
  return { token, row };
}

async function sessionResponse(deps: AuthDeps, user: UserRow, refreshToken: string): Promise<LoginResponse> {
  return {
    access_token: await deps.tokens.sign({ userId: user.id }),
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    refresh_token: refreshToken,
    user: toUser(user),
  };
}

/** A new session: an access token and the first refresh token of a new family. */
export async function startSession(
  deps: AuthDeps,
  user: UserRow,
  origin: AuthOrigin,
): Promise<LoginResponse> {
  const { token, row } = newRefreshRow(user, randomUUID(), origin, new Date());
  await insertRefreshToken(deps.db, row);
  return sessionResponse(deps, user, token);
}

/**
 * Trades a refresh token for a new access token and a new refresh token (rotation). A token
 * that was already rotated means it was copied: the whole family is revoked, the thief's
 * copy and the user's alike, and the user signs in again.
 */
export async function refreshSession(
  deps: AuthDeps,
  token: string,
  origin: AuthOrigin,
): Promise<LoginResponse> {
  const now = new Date();
  const current = await findRefreshTokenByHash(deps.db, hashOpaqueToken(token));
  if (!current) throw sessionExpired();
  const user = await findUserById(deps.db, current.userId);
  if (current.revokedAt) {
    await revokeRefreshFamily(deps.db, current.familyId, now);
    if (current.replacedBy && user) {
      await recordAuthEvent(deps.db, 'refresh_reuse', { userId: user.id, email: user.email }, origin);
      deps.log.warn({ user_id: current.userId, family_id: current.familyId }, 'refresh token reused');
    }
    throw sessionExpired();
  }
  if (current.expiresAt.getTime() <= now.getTime()) throw sessionExpired();
  if (!user || user.disabledAt) {
    await revokeRefreshFamily(deps.db, current.familyId, now);
    throw sessionExpired();
  }
  const next = newRefreshRow(user, current.familyId, origin, now);
  if (!(await rotateRefreshToken(deps.db, current.id, next.row, now))) {
    // Someone rotated it between our read and our write: the same reuse, seen late.
    await revokeRefreshFamily(deps.db, current.familyId, now);
    await recordAuthEvent(deps.db, 'refresh_reuse', { userId: user.id, email: user.email }, origin);
    throw sessionExpired();
  }
  return sessionResponse(deps, user, next.token);
}

/** Signs out: revokes the presented token's whole family. Unknown tokens are ignored. */
export async function endSession(deps: AuthDeps, token: string | null, origin: AuthOrigin): Promise<void> {
  if (!token) return;
  const current = await findRefreshTokenByHash(deps.db, hashOpaqueToken(token));
  if (!current) return;
  const revoked = await revokeRefreshFamily(deps.db, current.familyId, new Date());
  const user = revoked ? await findUserById(deps.db, current.userId) : undefined;
  if (user) await recordAuthEvent(deps.db, 'logout', { userId: user.id, email: user.email }, origin);
}
