import { sql } from 'drizzle-orm';
import type { Database } from '../client';

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
