import { and, count, eq, inArray, like, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, memberships, users } from '../schema';

/** Reserved for throwaway demo visitors (RFC 2606 `.invalid`: no mail is ever delivered there). */
export const DEMO_VISITOR_DOMAIN = 'demo.ayni.invalid';

/**
 * True for a demo visitor's membership, in a query joining `memberships` and `users`. Nothing but
 * the reserved e-mail domain marks a visitor (there is no column), so this also asks for a viewer
 * of a demo company: no account, even one registered under the reserved domain, can hide from a
 * real company's members, and a visitor an owner promotes shows again.
 */
export const isDemoVisitorMembership: SQL = sql`(${memberships.role} = 'viewer'
  and ${users.email} like ${`%@${DEMO_VISITOR_DOMAIN}`}
  and exists (select 1 from ${companies} demo_company
    where demo_company.id = ${memberships.companyId} and demo_company.is_demo))`;

/** How many demo visitors the company has now (each is deleted 24 hours after it was created). */
export async function countDemoVisitors(db: Database, companyId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), isDemoVisitorMembership));
  return rows[0]?.n ?? 0;
}

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
