import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, featureRows, memberships, saleLines } from '../schema';

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

/** Live, or deleted with its grace period not over yet: what a restore can still reach. */
const restorable = or(isNull(companies.deletedAt), gt(companies.purgeAfter, sql`now()`));

/**
 * The company and the user's role in it, also while it is deleted but still in its grace period
 * (for the restore route only; every other route sees live companies alone).
 */
export async function findRestorableCompanyForMember(db: Database, companyId: string, userId: string) {
  const rows = await db
    .select({ company: companies, role: memberships.role })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId), restorable))
    .limit(1);
  return rows[0];
}

/** The company row whatever its state (run in that company's scope). */
export async function findCompanyAnyState(db: Database, companyId: string) {
  const rows = await db.select().from(companies).where(eq(companies.id, companyId)).limit(1);
  return rows[0];
}

/**
 * Undoes a soft delete while the grace period lasts; undefined when the company is not deleted,
 * or its grace period is over (the purge will take it, or already has).
 */
export async function restoreDeletedCompany(db: Database, companyId: string) {
  const rows = await db
    .update(companies)
    .set({ deletedAt: null, purgeAfter: null })
    .where(
      and(eq(companies.id, companyId), isNotNull(companies.deletedAt), gt(companies.purgeAfter, sql`now()`)),
    )
    .returning();
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
 * `sale_lines` and `feature_rows` have no foreign key (bulk writes are faster without it), so their rows go first,
 * in the same transaction as the company row.
 */
export async function purgeCompany(db: Database, companyId: string): Promise<boolean> {
  const [due] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        eq(companies.id, companyId),
        isNotNull(companies.deletedAt),
        isNotNull(companies.purgeAfter),
        lte(companies.purgeAfter, sql`now()`),
      ),
    )
    .for('update');
  if (!due) return false;
  await db.delete(saleLines).where(eq(saleLines.companyId, companyId));
  await db.delete(featureRows).where(eq(featureRows.companyId, companyId));
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
