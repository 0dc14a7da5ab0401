import type pg from 'pg';
import { priceMediansSource, repeatedPairsCondition } from './file-warning-inputs';
import type { StageTallies } from './staging';

/** At most this many issue rows per warning code are stored; the counts stay exact. */
export const WARNING_SAMPLE_LIMIT = 1000;

/** Lines with any warning, and lines per code of the file-wide warnings. */
export interface FileWarnings {
  warnedLines: number;
  counts: Record<string, number>;
}

/**
 * Warnings that need the whole file, computed on the staged lines and their keys: lines
 * identical to an earlier one, and unit prices far (over 3× or under ⅓) from the product's
 * median in the file. Lines stay accepted; warnings are sampled into `upload_issues`, and the
 * number of lines with any warning (the engine's too) and per code of these are returned.
 */
export async function flagFileWarnings(
  client: pg.PoolClient,
  options: {
    companyId: string;
    uploadId: string;
    keysInStage: boolean;
    /** What the stage writer tallied; without it everything comes from the stage. */
    tallies?: StageTallies;
  },
): Promise<FileWarnings> {
  const { tallies } = options;
  // Identical lines share their document and product, so only pairs seen more than once need
  // the full comparison.
  const repeated = await repeatedPairsCondition(client, options.keysInStage, tallies?.repeatedPairs);
  const medians = await priceMediansSource(client, tallies?.priceMedians);
  const parts = [
    repeated === null ? null : duplicateLines(repeated),
    medians === null ? null : priceOutliers(medians.table),
  ].filter((part) => part !== null);
  const ctes = medians?.cte ? `with ${medians.cte}` : '';
  // Each warning carries its line's `warned` (the engine's warnings), for the count below.
  await client.query(`create temp table upload_file_warnings on commit drop as
    ${parts.length === 0 ? NO_WARNINGS : `${ctes} ${parts.join(' union all ')}`}`);
  await client.query(
    `insert into upload_issues (company_id, upload_id, line, severity, code, column_name, message_es, message_en)
     select $1, $2, source_line, 'warning', code, column_name, message_es, message_en
     from (select *, row_number() over (partition by code order by source_line) as n from upload_file_warnings) w
     where n <= ${WARNING_SAMPLE_LIMIT}`,
    [options.companyId, options.uploadId],
  );
  // Lines with a warning: the engine's (flagged while staging) plus these, each counted once.
  const counted = tallies?.warnedLines;
  const warned = await client.query<{ n: number }>(
    `select ${counted === undefined ? '(select count(*) from upload_stage where warned)' : '$1'}::int
       + (select count(distinct source_line) from upload_file_warnings where not warned)::int as n`,
    counted === undefined ? [] : [counted],
  );
  const perCode = await client.query<{ code: string; n: number }>(
    'select code, count(distinct source_line)::int as n from upload_file_warnings group by code',
  );
  const counts = Object.fromEntries(perCode.rows.map((row) => [row.code, row.n]));
  return { warnedLines: warned.rows[0]?.n ?? 0, counts };
}

/** The columns of `upload_file_warnings`, when nothing is found. */
const NO_WARNINGS = `select null::int as source_line, null::boolean as warned, null::text as code,
    null::text as column_name, null::text as message_es, null::text as message_en where false`;

/** Lines identical (every stored value) to an earlier line of a pair matching `repeated`. */
const duplicateLines = (repeated: string) => `(
    select source_line, warned, 'DUPLICATE_LINE'::text as code, null::text as column_name,
      format('Línea %s: idéntica a la línea %s (posible duplicado).', source_line, first_line) as message_es,
      format('Line %s: identical to line %s (possible duplicate).', source_line, first_line) as message_en
    from (
      select source_line, warned,
        first_value(source_line) over w as first_line,
        row_number() over w as n
      from upload_stage
      where ${repeated}
      window w as (partition by trans_id collate "C", product_id collate "C", sold_at, quantity, price_total, price_unit,
        is_return, trans_type, document_type, customer_id, description, category, unit_type, stock,
        location, cost_unit, cost_total, discount_total, margin, commission, seller, payment_method, extra
        order by source_line)
    ) dup
    where n > 1)`;

/** Lines of a product priced over 3× or under ⅓ of its median (in `table`). */
const priceOutliers = (table: string) => `(
    select s.source_line, s.warned, 'PRICE_OUTLIER'::text as code, null::text as column_name,
      format('Línea %s: precio unitario %s lejos del habitual del producto %s (%s).',
        s.source_line, s.price_unit, s.product_id, round(m.median::numeric, 2)) as message_es,
      format('Line %s: unit price %s is far from product %s''s usual price (%s).',
        s.source_line, s.price_unit, s.product_id, round(m.median::numeric, 2)) as message_en
    from upload_stage s join ${table} m using (product_id)
    where not s.is_return and s.price_unit > 0
      and (s.price_unit > 3 * m.median or s.price_unit < m.median / 3))`;
