import { and, inArray, like, lt } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';

/** Ids of the accounts under `domain` (the demo visitors' reserved one) created before `before`. */
export async function listUsersOfDomainBefore(db: Database, domain: string, before: Date): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(like(users.email, `%@${domain}`), lt(users.createdAt, before)));
  return rows.map((r) => r.id);
}

/** Deletes these accounts; memberships, sessions and tokens go with them through the foreign keys. */
export async function deleteUsers(db: Database, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .delete(users)
    .where(inArray(users.id, [...ids]))
    .returning({ id: users.id });
  return rows.length;
}
