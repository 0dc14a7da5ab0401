import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { companies, locations, memberships } from '../schema';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;

export async function insertCompany(db: Database, company: NewCompany): Promise<CompanyRow> {
  const rows = await db.insert(companies).values(company).returning();
  const row = rows[0];
  if (!row) throw new Error('insert into companies returned nothing');
  return row;
}

export async function addMembership(db: Database, companyId: string, userId: string, role: string) {
  await db
    .insert(memberships)
    .values({ companyId, userId, role })
    .onConflictDoUpdate({
      target: [memberships.companyId, memberships.userId],
      set: { role },
    });
}

export async function addLocation(db: Database, companyId: string, name: string, address: string | null) {
  await db.insert(locations).values({ companyId, name, address });
}

/** The company and the user's role in it, or undefined when the user is not a member. */
export async function findCompanyForMember(db: Database, companyId: string, userId: string) {
  const rows = await db
    .select({ company: companies, role: memberships.role })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(
      and(eq(memberships.companyId, companyId), eq(memberships.userId, userId), isNull(companies.deletedAt)),
    )
    .limit(1);
  return rows[0];
}

export async function listCompaniesOfUser(db: Database, userId: string) {
  return db
    .select({ company: companies, role: memberships.role })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), isNull(companies.deletedAt)))
    .orderBy(asc(companies.name));
}

export async function listMemberCompanyIds(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: memberships.companyId })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.userId, userId), isNull(companies.deletedAt)));
  return rows.map((r) => r.id);
}

/** The company unless it is (soft-)deleted. */
export async function findLiveCompany(db: Database, companyId: string): Promise<CompanyRow | undefined> {
  const rows = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), isNull(companies.deletedAt)))
    .limit(1);
  return rows[0];
}

export type CompanyPatch = Partial<
  Pick<NewCompany, 'name' | 'rut' | 'industry' | 'size' | 'region' | 'benchmarkOptIn'>
>;

export async function updateCompany(
  db: Database,
  companyId: string,
  patch: CompanyPatch,
): Promise<CompanyRow | undefined> {
  const rows = await db
    .update(companies)
    .set(patch)
    .where(and(eq(companies.id, companyId), isNull(companies.deletedAt)))
    .returning();
  return rows[0];
}

export async function findCompanyByRut(db: Database, rut: string): Promise<CompanyRow | undefined> {
  const rows = await db.select().from(companies).where(eq(companies.rut, rut)).limit(1);
  return rows[0];
}

export async function countCompanies(db: Database): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(companies);
  return rows[0]?.n ?? 0;
}

/** The stored settings JSON (defaults are applied by contracts' `readCompanySettings`). */
export async function findCompanySettings(db: Database, companyId: string): Promise<unknown> {
  const [row] = await db
    .select({ settings: companies.settings })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.settings ?? {};
}

/** Replaces the stored settings JSON with `settings` (callers merge and validate first). */
export async function saveCompanySettings(db: Database, companyId: string, settings: object): Promise<void> {
  await db.update(companies).set({ settings }).where(eq(companies.id, companyId));
}
