import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from '../../../lib/copy-text';
import { MIN_LINES_FOR_MEDIAN, type ProductPriceMedians } from './product-price-medians';
import type { RepeatedPairs } from './repeated-pairs';

/**
 * The (document, product) pairs seen more than once, as a condition on `upload_stage` rows:
 * the pairs collected while staging (COPYed into a small temp table), else the stage's own
 * `occurrence = 2` rows (streamed keys) or `upload_diff`'s (keys computed in SQL). Null when
 * no pair repeats: no line can be a duplicate.
 */
export async function repeatedPairsCondition(
  client: pg.PoolClient,
  keysInStage: boolean,
  collected: RepeatedPairs | undefined,
): Promise<string | null> {
  if (!keysInStage) {
    return `(trans_id, product_id) in (select s.trans_id, s.product_id from upload_diff d
        join upload_stage s using (source_line) where d.occurrence = 2)`;
  }
  if (collected === undefined || !collected.available) {
    return '(trans_id, product_id) in (select trans_id, product_id from upload_stage where occurrence = 2)';
  }
  if (collected.documents.length === 0) return null;
  await copyTempTable(
    client,
    'upload_repeated_pairs (trans_id text not null, product_id text not null)',
    collected.documents.map((document, i) => copyRow([document, collected.products[i]])),
  );
  return '(trans_id, product_id) in (select trans_id, product_id from upload_repeated_pairs)';
}

/** The median price per product in SQL: sorts every staged line (the fallback). */
const SQL_MEDIANS = `medians as (
      -- min(): the group's one product id, in the column's own collation for the join below.
      select min(product_id) as product_id, percentile_cont(0.5) within group (order by price_unit) as median
      from upload_stage where not is_return and quantity <> 0 and price_unit > 0
      group by product_id collate "C" having count(*) >= ${MIN_LINES_FOR_MEDIAN}
    )`;

/**
 * Where the PRICE_OUTLIER join finds each product's median: the medians tallied while staging,
 * COPYed into a small temp table (only products with a line beyond 3× or ⅓ of it: the others
 * cannot match), PostgreSQL's own percentile_cont (a CTE) when they are not available, or null
 * when no product can have an outlier (no join at all).
 */
export async function priceMediansSource(
  client: pg.PoolClient,
  tally: ProductPriceMedians | undefined,
): Promise<{ cte: string | null; table: string } | null> {
  if (tally === undefined || !tally.available) return { cte: SQL_MEDIANS, table: 'medians' };
  const medians = tally.medians({ outliersOnly: true });
  if (medians.length === 0) return null;
  await copyTempTable(
    client,
    'upload_price_medians (product_id text not null, median float8 not null)',
    // String(median) is the shortest text that reads back as the same double.
    medians.map((m) => copyRow([m.productId, m.median])),
  );
  return { cte: null, table: 'upload_price_medians' };
}

/** Creates a temp table (dropped at commit), COPYs the rows in and gives the planner its size. */
async function copyTempTable(client: pg.PoolClient, definition: string, rows: string[]): Promise<void> {
  const name = definition.slice(0, definition.indexOf(' '));
  await client.query(`create temp table ${definition} on commit drop`);
  await pipeline(Readable.from(rows), client.query(copyFrom(`copy ${name} from stdin`)));
  await client.query(`analyze ${name}`);
}
