import { once } from 'node:events';
import { LEVELS_BUILT_FROM_ROWS_FROM } from '@ayni/engine';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyRow } from '../../lib/copy-text';

/** A row of an engine level: period fields, the entity's key field, then features. */
export type LevelRow = Record<string, unknown> & {
  period?: string;
  period_start?: string;
  period_end?: string;
};

/** The field naming the entity of each stored level; null for company-wide levels. */
export const STORED_LEVELS: Record<string, string | null> = {
  day_hour: null,
  day: null,
  week: null,
  month: null,
  quarter: null,
  year: null,
  product_month: 'product_id',
  product: 'product_id',
  customer: 'customer_id',
  category_month: 'category',
  location_day: 'location',
  location_week: 'location',
  location_month: 'location',
  location_quarter: 'location',
  location_year: 'location',
};

const ROW_KEYS = new Set(['period', 'period_start', 'period_end']);

/** A stored feature row, before it is written. */
export interface StoredFeatureRow {
  level: string;
  entity: string;
  period: string;
  period_start: string | null;
  period_end: string | null;
  values: Record<string, unknown>;
}

/**
 * The rows of the stored levels as `feature_rows` keeps them. Levels not in STORED_LEVELS
 * (product × day, customer × day, customer × month: as many rows as lines) are left to the
 * intermediate files.
 */
export function* storedFeatureRows(levels: Record<string, Iterable<LevelRow>>): Generator<StoredFeatureRow> {
  for (const [level, rows] of Object.entries(levels)) {
    if (!(level in STORED_LEVELS)) continue;
    const entityField = STORED_LEVELS[level] ?? null;
    for (const row of rows) {
      const values: Record<string, unknown> = {};
      for (const key in row) if (!ROW_KEYS.has(key) && key !== entityField) values[key] = row[key];
      yield {
        level,
        entity: entityField ? String(row[entityField] ?? '') : '',
        period: row.period ?? '',
        period_start: row.period_start ?? null,
        period_end: row.period_end ?? null,
        values,
      };
    }
  }
}

/** Replaces all of the company's feature rows with those of `levels` (in the caller's transaction). */
export async function replaceFeatureRows(
  client: pg.PoolClient,
  companyId: string,
  levels: Record<string, Iterable<LevelRow>>,
): Promise<number> {
  const count = await stageFeatureRows(client, levels);
  await storeStagedFeatureRows(client, companyId, null);
  return count;
}

/**
 * Copies the rows of the stored levels into a temp table (COPY cannot write into a table under
 * row-level security); `storeStagedFeatureRows` then replaces the company's rows with them.
 * Each row goes as the engine built it (one JSON.stringify of an object of fixed shape); the
 * period and entity fields are taken out of `values` by PostgreSQL, as `storedFeatureRows` does.
 */
export async function stageFeatureRows(
  client: pg.PoolClient,
  levels: Record<string, Iterable<LevelRow>>,
): Promise<number> {
  await client.query(
    `create temp table feature_stage (level text, entity_field text, entity text, period text,
       period_start date, period_end date, row jsonb) on commit drop`,
  );
  const stream = client.query(
    copyFrom(
      'copy feature_stage (level, entity_field, entity, period, period_start, period_end, row) from stdin',
    ),
  );
  let pending = '';
  let count = 0;
  for (const [level, rows] of Object.entries(levels)) {
    if (!(level in STORED_LEVELS)) continue;
    const entityField = STORED_LEVELS[level] ?? null;
    for (const row of rows) {
      pending += copyRow([
        level,
        entityField,
        entityField ? String(row[entityField] ?? '') : '',
        row.period ?? '',
        row.period_start ?? null,
        row.period_end ?? null,
        JSON.stringify(row),
      ]);
      count++;
      if (pending.length >= 256 * 1024) {
        if (!stream.write(pending)) await once(stream, 'drain');
        pending = '';
      }
    }
  }
  const done = once(stream, 'finish');
  stream.end(pending);
  await done;
  return count;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The engine's levels that a change rebuilds from `rows_from` on, as an SQL list (fixed names). */
const PARTIAL_LEVELS = LEVELS_BUILT_FROM_ROWS_FROM.map((level) => `'${level}'`).join(', ');

/**
 * Replaces the company's feature rows with the staged ones: all of them, or with `rowsFrom`
 * the rows of `LEVELS_BUILT_FROM_ROWS_FROM` whose period ends on or after that day and every
 * row of the other levels (the engine built exactly those). One statement list, sent at once: the caller may compute something else
 * while PostgreSQL works, and await the promise after.
 */
export function storeStagedFeatureRows(
  client: pg.PoolClient,
  companyId: string,
  rowsFrom: string | null,
): Promise<unknown> {
  // A list of statements takes no parameters: the id and the date are checked before they are written in.
  if (!UUID.test(companyId)) throw new Error(`not a company id: ${companyId}`);
  if (rowsFrom !== null && !DATE.test(rowsFrom)) throw new Error(`not a date: ${rowsFrom}`);
  const replaced =
    rowsFrom === null ? '' : ` and (level not in (${PARTIAL_LEVELS}) or period_end >= '${rowsFrom}')`;
  // The four keys go in one deletion: each `jsonb - key` copies the whole row (20k rows of 80
  // features: 0.1 s instead of 0.3 s).
  return client.query(
    `delete from feature_rows where company_id = '${companyId}'${replaced};
     insert into feature_rows (company_id, level, entity, period, period_start, period_end, values)
     select '${companyId}', level, entity, period, period_start, period_end,
       row - array['period', 'period_start', 'period_end', coalesce(entity_field, '')]
     from feature_stage;
     drop table feature_stage`,
  );
}
