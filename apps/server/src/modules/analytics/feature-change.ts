import { FEATURE_ROWS_VERSION, type FeatureChange } from '@ayni/engine';
import type pg from 'pg';

/**
 * What an import or an upload deletion changed, for the feature engine: the earliest instant
 * of a line it inserted, updated (old and new instant) or removed, read from the merge's temp
 * tables (`upload_diff`, `upload_gone`) in the caller's transaction, and the `data_through`
 * the stored rows were built with. The engine then rebuilds only the dated rows from the first
 * day the change can alter (`datedRowsFrom`). Rows stored by another version of the engine
 * (`rows_version`) are all rebuilt.
 */
export async function readFeatureChange(client: pg.PoolClient, companyId: string): Promise<FeatureChange> {
  const res = await client.query<{ earliest: number | null; data_through: string | null }>(
    `select (extract(epoch from least(
        (select min(sold_at) from upload_diff where action in ('insert', 'update')),
        (select min(old_sold_at) from upload_diff where action = 'update'),
        (select min(sold_at) from upload_gone))) * 1000)::float8 as earliest,
       (select data_through::text from feature_state
        where company_id = $1 and rows_version = $2) as data_through`,
    [companyId, FEATURE_ROWS_VERSION],
  );
  const row = res.rows[0];
  return { earliestTouchedAt: row?.earliest ?? null, previousDataThrough: row?.data_through ?? null };
}
