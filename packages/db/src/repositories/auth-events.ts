import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { authEvents } from '../schema';

export type AuthEventRow = typeof authEvents.$inferSelect;

export async function insertAuthEvent(
  db: Database,
  event: { userId: string | null; email: string; kind: string; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db.insert(authEvents).values(event);
}

/** A user's (or an e-mail's) sign-in history, newest first. */
export async function listAuthEvents(
  db: Database,
  filter: { userId: string } | { email: string },
  limit = 50,
): Promise<AuthEventRow[]> {
  const where =
    'userId' in filter
      ? eq(authEvents.userId, filter.userId)
      : sql`lower(${authEvents.email}) = lower(${filter.email})`;
  return db
    .select()
    .from(authEvents)
    .where(where)
    .orderBy(desc(authEvents.createdAt), desc(authEvents.id))
    .limit(limit);
}
