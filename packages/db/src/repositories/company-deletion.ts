import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies } from '../schema';

/** Hides the company at once and schedules its purge `graceDays` from now; undefined if already gone. */
export async function softDeleteCompany(db: Database, companyId: string, graceDays: number) {
  const rows = await db
    .update(companies)
    .set({
      deletedAt: sql`now()`,
      purgeAfter: sql`now() + make_interval(days => ${graceDays})`,
    })
    .where(and(eq(companies.id, companyId), isNull(companies.deletedAt)))
    .returning({ id: companies.id, deletedAt: companies.deletedAt, purgeAfter: companies.purgeAfter });
  return rows[0];
}

/** Ids of deleted companies whose grace period is over (run in platform scope). */
export async function listCompaniesDueForPurge(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        isNotNull(companies.deletedAt),
        isNotNull(companies.purgeAfter),
        lte(companies.purgeAfter, sql`now()`),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Deletes the company row, and through the foreign keys' cascades every row of its data, if its
 * grace period is over (run in that company's scope). Returns whether it was deleted.
 */
export async function purgeCompany(db: Database, companyId: string): Promise<boolean> {
  const rows = await db
    .delete(companies)
    .where(
      and(
        eq(companies.id, companyId),
        isNotNull(companies.deletedAt),
        isNotNull(companies.purgeAfter),
        lte(companies.purgeAfter, sql`now()`),
      ),
    )
    .returning({ id: companies.id });
  return rows.length > 0;
}
