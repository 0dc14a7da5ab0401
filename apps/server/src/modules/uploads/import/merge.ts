import type pg from 'pg';

export interface MergeResult {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
  /** First and last day of the file's lines (company time zone), null for an empty file. */
  firstDay: string | null;
  lastDay: string | null;
}

// Every stored attribute of a line except its key: a re-upload with any of these different
// updates the line, with all of them equal leaves it untouched.
const LINE_VALUES = `sold_at, line_no, quantity, total, unit_price, is_return, trans_type, document_type,
  customer_id, product_name, category, unit, stock, location_name, cost_unit, cost_total,
  discount_total, margin, commission, seller, payment_method, extra`;
// The same from a staged line `st`, its position in the document from the keyed row `keys`.
const stageValues = (
  keys: string,
) => `st.sold_at, ${keys}.line_no, st.quantity, st.price_total, st.price_unit, st.is_return,
  st.trans_type, st.document_type, st.customer_id, st.description, st.category, st.unit_type,
  st.stock, st.location, st.cost_unit, st.cost_total, st.discount_total, st.margin, st.commission,
  st.seller, st.payment_method, st.extra`;

/**
 * Gives every staged line its natural key (occurrence of the product within the document, in
 * file order) and its position in the document, then classifies it against the company's
 * lines: insert, update or same. Leaves the temp table `upload_diff`, narrow on purpose (key,
 * action, dates); the values stay in `upload_stage`, joined by `source_line` where needed.
 */
export async function diffAgainstCompany(
  client: pg.PoolClient,
  companyId: string,
  options: { companyHasLines: boolean; keysInStage?: boolean } = { companyHasLines: true },
): Promise<void> {
  // Keys streamed with the lines (contiguous documents) need no sort at all. Otherwise the
  // window sorts carry only the key columns, so they stay in memory (import's work_mem)
  // instead of spilling whole lines to disk, and group bytewise (collate "C": same groups,
  // ~40% faster than a locale's comparison). A company without lines has nothing to compare
  // with: every line is an insert.
  const keyed = options.keysInStage
    ? 'select source_line, trans_id, product_id, sold_at, occurrence, line_no from upload_stage'
    : `select source_line, trans_id, product_id, sold_at,
      row_number() over (partition by trans_id collate "C", product_id collate "C" order by source_line)::int as occurrence,
      row_number() over (partition by trans_id collate "C" order by source_line)::int as line_no
    from upload_stage`;
  // Streamed keys are in the stage's own rows: no join of the stage with itself to find them.
  const lines = options.keysInStage
    ? 'upload_stage st cross join lateral (select st.source_line, st.trans_id, st.product_id, st.sold_at, st.occurrence, st.line_no) k'
    : `(${keyed}) k join upload_stage st on st.source_line = k.source_line`;
  const query = options.companyHasLines
    ? `with compared as (
        select k.source_line, k.trans_id, k.product_id, k.sold_at, k.occurrence, k.line_no,
          l.id as existing_id, l.sold_at as old_sold_at,
          case when l.id is null then 'insert'
            when (l.${LINE_VALUES.replace(/,\s*/g, ', l.')}) is distinct from (${stageValues('k')}) then 'update'
            else 'same' end as action
        from ${lines}
        left join sale_lines l on l.company_id = $1 and l.document_id = k.trans_id
          and l.sku = k.product_id and l.occurrence = k.occurrence
      )
      select source_line, occurrence, line_no, sold_at, existing_id, old_sold_at, action
      from compared`
    : `select source_line, occurrence, line_no, sold_at,
        null::bigint as existing_id, null::timestamptz as old_sold_at, 'insert' as action
      from (${keyed}) k`;
  await client.query(
    `create temp table upload_diff on commit drop as ${query}`,
    options.companyHasLines ? [companyId] : [],
  );
  await client.query('analyze upload_diff');
}

/**
 * `replace` mode: picks the company's lines of the file's days (and location, when given) that
 * the file no longer has, into `upload_gone`. Returns the file's first and last day.
 */
export async function selectReplaced(
  client: pg.PoolClient,
  options: { companyId: string; mode: 'append' | 'replace'; location: string | null },
): Promise<{ firstDay: string | null; lastDay: string | null }> {
  const { companyId } = options;
  const span = await client.query<{ first_day: string | null; last_day: string | null }>(
    `select min((sold_at at time zone c.timezone)::date)::text as first_day,
        max((sold_at at time zone c.timezone)::date)::text as last_day
     from upload_diff, companies c where c.id = $1`,
    [companyId],
  );
  const firstDay = span.rows[0]?.first_day ?? null;
  const lastDay = span.rows[0]?.last_day ?? null;
  await createGone(client);
  if (options.mode === 'replace' && firstDay && lastDay) {
    await client.query(
      `insert into upload_gone
       select l.id, l.sold_at from sale_lines l, companies c
       where l.company_id = $1 and c.id = $1
         and l.sold_at >= ($2::date::timestamp at time zone c.timezone)
         and l.sold_at < (($3::date + 1)::timestamp at time zone c.timezone)
         and ($4::text is null or l.location_name = $4)
         and not exists (select 1 from upload_diff d where d.existing_id = l.id)`,
      [companyId, firstDay, lastDay, options.location],
    );
  }
  return { firstDay, lastDay };
}

/** The stored lines the import deletes (none unless `selectReplaced` picks some). */
export async function createGone(client: pg.PoolClient): Promise<void> {
  await client.query('create temp table upload_gone (id bigint, sold_at timestamptz) on commit drop');
}

/** Staged rows from a block of `upload_stage` on, after a source line (`StagedInserts`). */
export interface StagedRange {
  fromBlock: number;
  afterLine: number;
}

/** Inserts the staged rows of `range` into `sale_lines` (keys streamed); resolves to their count. */
export async function insertStagedRows(
  client: pg.PoolClient,
  companyId: string,
  uploadId: string,
  range: StagedRange,
): Promise<number> {
  // Rows are appended in source-line order: a TID range scan skips the blocks already taken.
  const inserted = await client.query(
    `insert into sale_lines (company_id, document_id, sku, occurrence, upload_id, source_line, ${LINE_VALUES})
     select $1, st.trans_id, st.product_id, st.occurrence, $2, st.source_line, ${stageValues('st')}
     from upload_stage st where st.ctid >= $3::tid and st.source_line > $4`,
    [companyId, uploadId, `(${range.fromBlock},0)`, range.afterLine],
  );
  return inserted.rowCount ?? 0;
}

/**
 * A first import whose keys came with the staged lines: every staged line is an insert, written
 * straight from the stage (no diff table, no join). `ahead`: what was inserted while staging.
 */
export async function insertStaged(
  client: pg.PoolClient,
  options: {
    companyId: string;
    uploadId: string;
    ahead?: { inserted: number; remaining: StagedRange };
    whileInserting?: () => void;
  },
): Promise<Omit<MergeResult, 'firstDay' | 'lastDay'>> {
  const { companyId, uploadId, ahead } = options;
  const range = ahead?.remaining ?? { fromBlock: 0, afterLine: -1 };
  const inserting = insertStagedRows(client, companyId, uploadId, range);
  const inserted = (await overlap(inserting, options.whileInserting)) + (ahead?.inserted ?? 0);
  return { inserted, updated: 0, unchanged: 0, deleted: 0 };
}

/** Runs `work` (synchronous CPU) while `statement` runs in PostgreSQL, then waits for it. */
async function overlap<T>(statement: Promise<T>, work?: () => void): Promise<T> {
  if (work) {
    await new Promise((resolve) => setImmediate(resolve)); // the statement is on its way
    try {
      work();
    } catch (err) {
      await statement.catch(() => {});
      throw err;
    }
  }
  return statement;
}

/** Writes the diff: deletes `upload_gone`, inserts new keys, updates changed lines. */
export async function applyDiff(
  client: pg.PoolClient,
  options: {
    companyId: string;
    uploadId: string;
    /** Synchronous work to do while PostgreSQL inserts the lines (the longest statement). */
    whileInserting?: () => void;
  },
): Promise<Omit<MergeResult, 'firstDay' | 'lastDay'>> {
  const { companyId, uploadId } = options;
  await client.query('delete from sale_lines l using upload_gone g where l.company_id = $1 and l.id = g.id', [
    companyId,
  ]);
  const inserting = client.query(
    `insert into sale_lines (company_id, document_id, sku, occurrence, upload_id, source_line, ${LINE_VALUES})
     select $1, st.trans_id, st.product_id, d.occurrence, $2, st.source_line, ${stageValues('d')}
     from upload_diff d join upload_stage st using (source_line) where d.action = 'insert'`,
    [companyId, uploadId],
  );
  const inserted = await overlap(inserting, options.whileInserting);
  const updated = await client.query(
    `update sale_lines l set (upload_id, source_line, ${LINE_VALUES}) = ($2, st.source_line, ${stageValues('d')})
     from upload_diff d join upload_stage st using (source_line)
     where d.action = 'update' and l.company_id = $1 and l.id = d.existing_id`,
    [companyId, uploadId],
  );
  const counts = await client.query<{ same: number; gone: number }>(
    `select (select count(*) from upload_diff where action = 'same')::int as same,
            (select count(*) from upload_gone)::int as gone`,
  );
  return {
    inserted: inserted.rowCount ?? 0,
    updated: updated.rowCount ?? 0,
    unchanged: counts.rows[0]?.same ?? 0,
    deleted: counts.rows[0]?.gone ?? 0,
  };
}
