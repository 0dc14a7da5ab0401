import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { featureRows, featureState } from '../schema';

export type FeatureRow = typeof featureRows.$inferSelect;
export type FeatureStateRow = typeof featureState.$inferSelect;

/**
 * Rows of one level, oldest period first; `from`/`to` keep the periods that overlap those
 * local dates (a month that straddles `from` is kept), `entity` picks one product/customer/branch.
 */
export async function listFeatureRows(
  db: Database,
  companyId: string,
  query: { level: string; from?: string; to?: string; entity?: string },
): Promise<FeatureRow[]> {
  return db
    .select()
    .from(featureRows)
    .where(
      and(
        eq(featureRows.companyId, companyId),
        eq(featureRows.level, query.level),
        query.entity !== undefined ? eq(featureRows.entity, query.entity) : undefined,
        query.from ? gte(featureRows.periodEnd, query.from) : undefined,
        query.to ? lte(featureRows.periodStart, query.to) : undefined,
      ),
    )
    .orderBy(asc(featureRows.periodStart), asc(featureRows.entity));
}

export async function getFeatureState(db: Database, companyId: string): Promise<FeatureStateRow | null> {
  const [row] = await db.select().from(featureState).where(eq(featureState.companyId, companyId));
  return row ?? null;
}
