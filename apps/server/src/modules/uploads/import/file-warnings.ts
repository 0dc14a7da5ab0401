import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from '../../../lib/copy-text';
import { MIN_LINES_FOR_MEDIAN, type ProductPriceMedians } from './product-price-medians';

/** At most this many issue rows per warning code are stored; the counts stay exact. */
export const WARNING_SAMPLE_LIMIT = 1000;

/**
 * Warnings that need the whole file, computed on the staged lines and their keys: lines
 * identical to an earlier one, and unit prices far (over 3× or under ⅓) from the product's
 * median in the file. Lines stay accepted; warnings are sampled into `upload_issues` and the
 * number of lines with any warning is returned.
 */
export async function flagFileWarnings(
  client: pg.PoolClient,
  options: {
    companyId: string;
    uploadId: string;
    keysInStage: boolean;
    /** The medians tallied while staging; without them (or too many prices) PostgreSQL sorts. */
    priceMedians?: ProductPriceMedians;
  },
): Promise<number> {
  // Identical lines share their document and product, so only pairs seen more than once (a
  // second occurrence, by the natural key: streamed into the stage, or computed in SQL into
  // `upload_diff`) need the full comparison.
  const repeated = options.keysInStage
    ? `(trans_id, product_id) in (select trans_id, product_id from upload_stage where occurrence = 2)`
    : `(trans_id, product_id) in (select s.trans_id, s.product_id from upload_diff d
        join upload_stage s using (source_line) where d.occurrence = 2)`;
  const medians = await priceMedians(client, options.priceMedians);
  await client.query(`create temp table upload_file_warnings on commit drop as
    with dup as (
      select source_line,
        first_value(source_line) over w as first_line,
        row_number() over w as n
      from upload_stage
      where ${repeated}
      window w as (partition by trans_id collate "C", product_id collate "C", sold_at, quantity, price_total, price_unit,
        is_return, trans_type, document_type, customer_id, description, category, unit_type, stock,
        location, cost_unit, cost_total, discount_total, margin, extra order by source_line)
    )${medians?.cte ?? ''}
    select source_line, 'DUPLICATE_LINE' as code, null::text as column_name,
      format('Línea %s: idéntica a la línea %s (posible duplicado).', source_line, first_line) as message_es,
      format('Line %s: identical to line %s (possible duplicate).', source_line, first_line) as message_en
    from dup where n > 1
    ${medians === null ? '' : priceOutliers(medians.table)}`);
  await client.query(
    `insert into upload_issues (company_id, upload_id, line, severity, code, column_name, message_es, message_en)
     select $1, $2, source_line, 'warning', code, column_name, message_es, message_en
     from (select *, row_number() over (partition by code order by source_line) as n from upload_file_warnings) w
     where n <= ${WARNING_SAMPLE_LIMIT}`,
    [options.companyId, options.uploadId],
  );
  // Lines with a warning: the engine's (flagged while staging) plus these, each counted once.
  // (Few lines have file warnings: look those up instead of probing for every staged line.)
  const warned = await client.query<{ n: number }>(
    `select (select count(*) from upload_stage where warned)::int
       + (select count(distinct w.source_line) from upload_file_warnings w
          join upload_stage s using (source_line) where not s.warned)::int as n`,
  );
  return warned.rows[0]?.n ?? 0;
}

/** Lines of a product priced over 3× or under ⅓ of its median (in `table`). */
const priceOutliers = (table: string) => `union all
    select s.source_line, 'PRICE_OUTLIER', null,
      format('Línea %s: precio unitario %s lejos del habitual del producto %s (%s).',
        s.source_line, s.price_unit, s.product_id, round(m.median::numeric, 2)),
      format('Line %s: unit price %s is far from product %s''s usual price (%s).',
        s.source_line, s.price_unit, s.product_id, round(m.median::numeric, 2))
    from upload_stage s join ${table} m using (product_id)
    where not s.is_return and s.price_unit > 0
      and (s.price_unit > 3 * m.median or s.price_unit < m.median / 3)`;

/** The median price per product in SQL: sorts every staged line (the fallback). */
const SQL_MEDIANS = `,
    medians as (
      -- min(): the group's one product id, in the column's own collation for the join below.
      select min(product_id) as product_id, percentile_cont(0.5) within group (order by price_unit) as median
      from upload_stage where not is_return and quantity <> 0 and price_unit > 0
      group by product_id collate "C" having count(*) >= ${MIN_LINES_FOR_MEDIAN}
    )`;

/**
 * Where the PRICE_OUTLIER join finds each product's median: the medians tallied while staging,
 * COPYed into a small temp table (only products with a line beyond 3× or ⅓ of it: the others
 * cannot match), PostgreSQL's own percentile_cont when they are not available, or null when
 * no product can have an outlier (no join at all).
 */
async function priceMedians(
  client: pg.PoolClient,
  tally: ProductPriceMedians | undefined,
): Promise<{ cte: string; table: string } | null> {
  if (tally === undefined || !tally.available) return { cte: SQL_MEDIANS, table: 'medians' };
  const medians = tally.medians({ outliersOnly: true });
  if (medians.length === 0) return null;
  await client.query(
    'create temp table upload_price_medians (product_id text not null, median float8 not null) on commit drop',
  );
  // String(median) is the shortest text that reads back as the same double.
  const rows = medians.map((m) => copyRow([m.productId, m.median]));
  await pipeline(Readable.from(rows), client.query(copyFrom('copy upload_price_medians from stdin')));
  await client.query('analyze upload_price_medians');
  return { cte: '', table: 'upload_price_medians' };
}
