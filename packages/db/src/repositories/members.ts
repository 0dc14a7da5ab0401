import { and, asc, eq, not, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { memberships, users } from '../schema';
import { isDemoVisitorMembership } from './demo-visitors';

const memberColumns = {
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
};

export type MemberRow = { userId: string; name: string; email: string; role: string; joinedAt: Date };

/** The company's members, without its demo visitors (see `countDemoVisitors`). */
export async function listMembers(db: Database, companyId: string): Promise<MemberRow[]> {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), not(isDemoVisitorMembership)))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}

/** The user's current role in the company (no lock), undefined when not a member. */
export async function findMemberRole(
  db: Database,
  companyId: string,
  userId: string,
): Promise<string | undefined> {
  const rows = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .limit(1);
  return rows[0]?.role;
}

/** The member, with a row lock held until the transaction ends (role changes serialize on it). */
export async function findMemberForUpdate(
  db: Database,
  companyId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  return rows[0];
}

/**
 * Locks the company's owner memberships and counts them. Two owners demoting each other at once
 * serialize here, so the second sees the first one's change and the company keeps an owner.
 */
export async function lockOwners(db: Database, companyId: string): Promise<number> {
  // Ordered, so every transaction takes these locks in the same order (no deadlock between them).
  const result = await db.execute(sql`select user_id from ${memberships}
    where company_id = ${companyId}::uuid and role = 'owner' order by user_id for update`);
  return result.rows.length;
}

/** Adds a member; false when the user already is one (their role is left as it was). */
export async function insertMembership(
  db: Database,
  companyId: string,
  userId: string,
  role: string,
): Promise<boolean> {
  const rows = await db
    .insert(memberships)
    .values({ companyId, userId, role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

export async function setMemberRole(db: Database, companyId: string, userId: string, role: string) {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)));
}

export async function removeMember(db: Database, companyId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

export async function isMemberByEmail(db: Database, companyId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), sql`lower(${users.email}) = lower(${email})`))
    .limit(1);
  return rows.length > 0;
}
