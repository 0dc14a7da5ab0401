import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { askHistory } from '../schema';

/**
 * The company's own names, for the question parser: products (code and description), categories
 * and branches, read from the stored features (lifetime product rows, yearly branch rows).
 */
export async function listAskVocabulary(db: Database, companyId: string) {
  const result = await db.execute<{ kind: string; id: string; name: string | null }>(sql`
    select 'product' as kind, entity as id, "values"->>'description' as name
      from feature_rows where company_id = ${companyId}::uuid and level = 'product' and period = ''
    union all
    select distinct 'category', "values"->>'category', null
      from feature_rows where company_id = ${companyId}::uuid and level = 'product' and period = ''
        and "values"->>'category' is not null
    union all
    select distinct 'location', entity, null
      from feature_rows where company_id = ${companyId}::uuid and level = 'location_year' and entity <> ''`);
  const products: { id: string; name: string }[] = [];
  const categories: string[] = [];
  const locations: string[] = [];
  for (const row of result.rows) {
    if (row.kind === 'product') products.push({ id: row.id, name: row.name ?? row.id });
    else if (row.kind === 'category') categories.push(row.id);
    else locations.push(row.id);
  }
  return { products, categories, locations };
}

/** Whether any line of the company names its customer (a lifetime customer row exists). */
export async function hasIdentifiedCustomers(db: Database, companyId: string): Promise<boolean> {
  const result = await db.execute<{ any: boolean }>(sql`
    select exists (
      select 1 from feature_rows where company_id = ${companyId}::uuid and level = 'customer'
    ) as any`);
  return result.rows[0]?.any === true;
}

export interface AskHistoryInput {
  userId: string;
  question: string;
  language: string;
  kind: string;
  answer: string;
  query: unknown;
}

export async function insertAskHistory(
  db: Database,
  companyId: string,
  entry: AskHistoryInput,
): Promise<void> {
  await db.insert(askHistory).values({ companyId, ...entry, query: entry.query ?? null });
}

/** The user's latest questions in the company, newest first. */
export async function listAskHistory(db: Database, companyId: string, userId: string, limit: number) {
  return db
    .select()
    .from(askHistory)
    .where(and(eq(askHistory.companyId, companyId), eq(askHistory.userId, userId)))
    .orderBy(desc(askHistory.createdAt), desc(askHistory.id))
    .limit(limit);
}
