import { type Database, findUserById } from '@ayni/db';
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
  const user = await findUserById(deps.db, claims.userId);
  if (!user || user.disabledAt) return null;
  const ended = Boolean(user.passwordChangedAt && claims.issuedAtMs < user.passwordChangedAt.getTime());
  return { userId: user.id, endedByPasswordChange: ended };
}
