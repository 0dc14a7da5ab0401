import { and, asc, count, desc, eq, isNull, not, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, memberships, refreshTokens, users } from '../schema';
import { isDemoVisitorMembership } from './demo-visitors';

interface Page {
  limit: number;
  offset: number;
}

/** Every company with its member count (run in platform scope); no business data. */
export async function listAllCompanies(db: Database, page: Page) {
  const rows = await db
    .select({
      id: companies.id,
      name: companies.name,
      rut: companies.rut,
      industry: companies.industry,
      size: companies.size,
      region: companies.region,
      createdAt: companies.createdAt,
      deletedAt: companies.deletedAt,
      // Written out: drizzle leaves columns unqualified in a one-table select, and "id" here would be
      // the user's. Demo visitors are not members to count (the demo would grow by one per click).
      memberCount: sql<number>`(select count(*)::int from ${memberships}
        join ${users} on users.id = memberships.user_id
        where memberships.company_id = companies.id and not ${isDemoVisitorMembership})`,
    })
    .from(companies)
    .orderBy(desc(companies.createdAt), asc(companies.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = await db.select({ n: count() }).from(companies);
  return { rows, total: total[0]?.n ?? 0 };
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  isPlatformAdmin: users.isPlatformAdmin,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

/**
 * A demo visitor's account: one with a demo-visitor membership (`isDemoVisitorMembership`), so a
 * visitor an owner promotes, or an account of a real company under the reserved domain, counts as
 * a user. Written out, as in `listAllCompanies`: the outer `users` row is the one asked about.
 */
const isDemoVisitorAccount: SQL = sql`exists (select 1 from ${memberships}
  where memberships.user_id = users.id and ${isDemoVisitorMembership})`;

/**
 * A page of the user accounts (run in platform scope: visitors are told by their memberships),
 * demo visitors left out of the page and its total and counted apart: one more per demo click.
 */
export async function listAllUsers(db: Database, page: Page) {
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(not(isDemoVisitorAccount))
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counts] = await db
    .select({
      total: sql<number>`(count(*) filter (where not ${isDemoVisitorAccount}))::int`,
      demoVisitors: sql<number>`(count(*) filter (where ${isDemoVisitorAccount}))::int`,
    })
    .from(users);
  return { rows, total: counts?.total ?? 0, demoVisitors: counts?.demoVisitors ?? 0 };
}

/** Disables (or enables again) a user; returns the user, undefined when there is none. */
export async function setUserDisabled(db: Database, userId: string, disabled: boolean) {
  const rows = await db
    .update(users)
    .set({ disabledAt: disabled ? sql`coalesce(${users.disabledAt}, now())` : null })
    .where(eq(users.id, userId))
    .returning(userColumns);
  return rows[0];
}

/** Revokes every live refresh token of the user (a disabled account keeps no session). */
export async function revokeRefreshTokensOf(db: Database, userId: string): Promise<number> {
  const rows = await db
    .update(refreshTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length;
}
