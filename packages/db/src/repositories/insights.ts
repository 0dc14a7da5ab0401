import { and, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Database } from '../client';
import { companyInsights } from '../schema';
import * as schema from '../tables';

export type CompanyInsightRow = typeof companyInsights.$inferSelect;

/** A drizzle database on one checked-out connection, inside whatever transaction it is in. */
export const databaseOnClient = (client: pg.PoolClient): Database => drizzle(client, { schema });

/**
 * Replaces all of the company's insight sections with `sections` (sections not given are
 * removed: insights always describe the lines they were computed from).
 */
export async function replaceCompanyInsights(
  db: Database,
  companyId: string,
  sections: readonly { section: string; payload: unknown; dataThrough: string | null }[],
): Promise<void> {
  await db.delete(companyInsights).where(eq(companyInsights.companyId, companyId));
  if (sections.length === 0) return;
  await db.insert(companyInsights).values(
    sections.map((s) => ({
      companyId,
      section: s.section,
      payload: s.payload,
      dataThrough: s.dataThrough,
    })),
  );
}

/** The company's stored sections (all, or those named). */
export async function listCompanyInsights(
  db: Database,
  companyId: string,
  sections?: readonly string[],
): Promise<CompanyInsightRow[]> {
  return db
    .select()
    .from(companyInsights)
    .where(
      and(
        eq(companyInsights.companyId, companyId),
        sections === undefined ? undefined : inArray(companyInsights.section, [...sections]),
      ),
    );
}
