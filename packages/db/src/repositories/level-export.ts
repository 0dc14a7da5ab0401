import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { featureRows } from '../schema';

/*
 * Reads for exports that must not hold every row: a server-side cursor in the caller's
 * transaction, fetched a batch at a time, so memory is one batch whatever the level's size.
 */

const IDENTIFIER = /^[a-z_]+$/;

export interface LifetimeRowsQuery {
  /** A lifetime level: `product` or `customer`. */
  level: string;
  /** A jsonb field, `entity` or `label` (description, else id); `text` for dates and names. */
  sort: { by: string; descending: boolean; text?: boolean };
  /** Only the rows with this jsonb text value (`orMissing`: or without it). */
  where?: { field: string; value: string; orMissing?: boolean };
}

export interface LifetimeRow {
  entity: string;
  values: Record<string, unknown>;
}

/**
 * Every lifetime row of a level in the order `listEntityFeatureRows` pages them (same keys, same
 * tie-break), handed to `onBatch` `batchSize` rows at a time through a cursor. Run it inside one
 * transaction (`inCompany`): the cursor lives until that transaction ends. `onBatch` may wait
 * (e.g. for the client to read): the next batch is fetched only after it resolves.
 */
export async function forEachLifetimeRowBatch(
  tx: Database,
  companyId: string,
  query: LifetimeRowsQuery,
  batchSize: number,
  onBatch: (rows: LifetimeRow[]) => Promise<void>,
): Promise<number> {
  const { sort } = query;
  if (sort.by !== 'entity' && sort.by !== 'label' && !IDENTIFIER.test(sort.by)) {
    throw new Error(`not a feature field name: ${sort.by}`);
  }
  const name = sql.raw(`'${sort.by}'`);
  const key =
    sort.by === 'entity'
      ? sql`f.entity`
      : sort.by === 'label'
        ? sql`coalesce(f."values"->>'description', f.entity)`
        : sort.text
          ? sql`f."values"->>${name}`
          : sql`(f."values"->>${name})::numeric`;
  const cursor = sql.raw(`level_export_${Math.random().toString(36).slice(2, 10)}`);
  const where = query.where;
  if (where && !IDENTIFIER.test(where.field)) throw new Error(`not a feature field name: ${where.field}`);
  const text = where ? sql`f."values"->>${sql.raw(`'${where.field}'`)}` : null;
  const matches =
    where && text
      ? where.orMissing
        ? sql`and (${text} = ${where.value} or ${text} is null)`
        : sql`and ${text} = ${where.value}`
      : sql``;
  await tx.execute(sql`
    declare ${cursor} no scroll cursor for
    select f.entity, f."values" from feature_rows f
    where f.company_id = ${companyId}::uuid and f.level = ${query.level} ${matches}
    order by ${key} ${sort.descending ? sql`desc` : sql`asc`} nulls last, f.entity asc`);
  let total = 0;
  for (;;) {
    const result = await tx.execute<{ entity: string; values: Record<string, unknown> }>(
      sql`fetch forward ${sql.raw(String(Math.max(1, Math.floor(batchSize))))} from ${cursor}`,
    );
    if (result.rows.length === 0) break;
    total += result.rows.length;
    await onBatch(result.rows.map((r) => ({ entity: r.entity, values: r.values })));
  }
  await tx.execute(sql`close ${cursor}`);
  return total;
}

/** The levels the company has stored rows of (for the data export), alphabetically. */
export async function listStoredLevels(db: Database, companyId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ level: featureRows.level })
    .from(featureRows)
    .where(eq(featureRows.companyId, companyId))
    .orderBy(asc(featureRows.level));
  return rows.map((r) => r.level);
}

export type StoredLevelRow = {
  entity: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  values: Record<string, unknown>;
};

/** Every stored row of one level: entity, then period order. */
export async function listStoredLevelRows(
  db: Database,
  companyId: string,
  level: string,
): Promise<StoredLevelRow[]> {
  const result = await db.execute<StoredLevelRow>(sql`
    select f.entity, f.period, f.period_start::text as period_start, f.period_end::text as period_end,
      f."values"
    from feature_rows f where f.company_id = ${companyId}::uuid and f.level = ${level}
    order by f.entity, f.period_start nulls first, f.period`);
  return result.rows;
}
