import type { AuthEventKind } from '@ayni/contracts';
import { type Database, insertAuthEvent } from '@ayni/db';
import type { AuthOrigin } from './auth-deps';

/** Appends one row to the sign-in and account-security history (`auth_events`). */
export function recordAuthEvent(
  db: Database,
  kind: AuthEventKind,
  who: { userId?: string | null; email: string },
  origin: AuthOrigin,
): Promise<void> {
  return insertAuthEvent(db, {
    kind,
    userId: who.userId ?? null,
    email: who.email.toLowerCase(),
    ip: origin.ip,
    userAgent: origin.userAgent,
  });
}
