import { type Database, findSessionScope, findUserById } from '@ayni/db';
import type pg from 'pg';
import type { TokenService } from './tokens';

/**
 * The user an access token speaks for, or null: unknown, forged or expired tokens, disabled
 * users, and sessions that began before the last password change all count as signed out.
 * Used by HTTP routes and the WebSocket alike.
 */
export async function resolveSession(
  deps: { db: Database; tokens: TokenService },
  token: string | null,
): Promise<{ userId: string; endedByPasswordChange: boolean } | null> {
  const claims = token ? await deps.tokens.verify(token) : null;
  if (!claims) return null;
  return sessionOf(claims, await findUserById(deps.db, claims.userId));
}

/**
 * The same, with the user's role in `companyId` read in the same round trip (null when not a
 * member): what every company-scoped request needs first.
 */
export async function resolveCompanySession(
  deps: { pool: pg.Pool; tokens: TokenService },
  token: string | null,
  companyId: string,
): Promise<{ userId: string; endedByPasswordChange: boolean; role: string | null } | null> {
  const claims = token ? await deps.tokens.verify(token) : null;
  if (!claims) return null;
  const scope = await findSessionScope(deps.pool, companyId, claims.userId);
  const session = sessionOf(claims, scope);
  return session && { ...session, role: scope?.role ?? null };
}

function sessionOf(
  claims: { userId: string; issuedAtMs: number },
  user: { disabledAt: Date | null; passwordChangedAt: Date | null } | undefined,
) {
  if (!user || user.disabledAt) return null;
  const ended = Boolean(user.passwordChangedAt && claims.issuedAtMs < user.passwordChangedAt.getTime());
  return { userId: claims.userId, endedByPasswordChange: ended };
}
