import {
  buildFeatureResult,
  createFeatureAccumulator,
  FEATURE_ROWS_VERSION,
  type FeatureAccumulator,
  type FeatureChange,
  type FeatureLevel,
  type FeatureLine,
  type FeatureResult,
  InsightAccumulator,
} from '@ayni/engine';
import type pg from 'pg';
import { companyImportLockKey } from '../../lib/company-import-lock';
import {
  computeCompanyInsights,
  type InsightSection,
  type InsightSettings,
  PRODUCT_DAY_MAX_LINES,
  readInsightSettings,
  saveCompanyInsights,
} from '../insights/insights-writer';
import { STORED_LEVELS, stageFeatureRows, storeStagedFeatureRows } from './feature-writer';
import { foldCompanyLines } from './fold-company-lines';

export interface FeatureRecompute {
  lines: number;
  /** Rows written: the dated ones from `rowsFrom` on (all when null) and the profiles. */
  rows: number;
  rowsFrom: string | null;
  dataThrough: string | null;
  ms: number;
}

const LEVELS = Object.keys(STORED_LEVELS) as FeatureLevel[];

/**
 * Recomputes the company's stored features from its lines, inside the caller's transaction on
 * `client` (already in the company's scope), so they commit with the lines they come from.
 * One pass over every line: the product and customer profiles and the insights depend on all
 * of them. With `change` (what an upload or a deletion touched), the dated rows (periods,
 * product × month, category × month: `LEVELS_BUILT_FROM_ROWS_FROM`) are rebuilt and rewritten
 * only from the first day the change can alter (`rows_from`); earlier ones stay as stored, and
 * the profiles and branches are rewritten whole. Without it, every row.
 */
export async function recomputeFeatures(
  client: pg.PoolClient,
  companyId: string,
  change?: FeatureChange,
): Promise<FeatureRecompute> {
  const started = performance.now();
  // No line changed and the stored rows are this engine's: they are already what a pass would
  // give (settings changes queue a refresh of their own). An identical re-upload ends here.
  if (change?.earliestTouchedAt === null && change.previousDataThrough !== null) {
    return storedFeatureState(client, companyId, started);
  }
  // Product × day rows (for the insights) are built only up to PRODUCT_DAY_MAX_LINES lines;
  // past that the accumulator folds their cells into months.
  const { accumulator, insights } = await foldCompanyLines(client, companyId, (contiguousTickets) => {
    const accumulator = createStoredFeatureAccumulator(true, contiguousTickets);
    // Insights need a little the feature rows do not keep (products per ticket, customer days).
    const insights = new InsightAccumulator(contiguousTickets);
    return {
      accumulator,
      insights,
      add: (line: FeatureLine) => insights.add(line, accumulator.add(line)),
      exact: () => insights.exact,
    };
  });
  return writeFeatures(client, companyId, accumulator, started, insights, change);
}

/**
 * An accumulator for the stored levels, plus product × day for the insights when asked: those
 * cells are folded into months once the lines pass PRODUCT_DAY_MAX_LINES, when their rows would
 * not be built anyway (memory then stops growing with products × days). `contiguousTickets`:
 * the lines come in file order (see `FeatureOptions`).
 */
export const createStoredFeatureAccumulator = (
  productDays = false,
  contiguousTickets: boolean | 'checked-by-caller' = false,
): FeatureAccumulator =>
  productDays
    ? createFeatureAccumulator({
        levels: [...LEVELS, 'product_day'],
        productDaysUpTo: PRODUCT_DAY_MAX_LINES,
        contiguousTickets,
      })
    : createFeatureAccumulator({ levels: LEVELS, contiguousTickets });

/**
 * Writes the features of `accumulator`, which has seen exactly the company's lines, and the
 * insights when `insights` has seen them too.
 */
export async function writeFeatures(
  client: pg.PoolClient,
  companyId: string,
  accumulator: FeatureAccumulator,
  started = performance.now(),
  insights?: InsightAccumulator,
  change?: FeatureChange,
): Promise<FeatureRecompute> {
  const settings = await readInsightSettings(client, companyId);
  const result = buildStoredFeatures(accumulator, settings, change);
  const rows = await stageFeatureRows(client, result.levels);
  // PostgreSQL stores the staged rows while the insights are computed here.
  const stored = storeStagedFeatureRows(client, companyId, result.rows_from);
  let sections: InsightSection[] | null;
  try {
    sections = insights === undefined ? null : computeCompanyInsights(settings, result, insights);
  } finally {
    await stored;
  }
  if (sections !== null) await saveCompanyInsights(client, companyId, sections);
  return saveFeatureState(client, companyId, result, rows, started);
}

/** Features and insights computed, not yet written: built while PostgreSQL is busy elsewhere. */
export interface PreparedFeatures {
  result: FeatureResult;
  sections: InsightSection[] | null;
}

/** The CPU half of `writeFeatures` (no database): rows of every stored level and the insights. */
export function prepareFeatures(
  accumulator: FeatureAccumulator,
  insights: InsightAccumulator,
  settings: InsightSettings,
): PreparedFeatures {
  const result = buildStoredFeatures(accumulator, settings);
  return { result, sections: computeCompanyInsights(settings, result, insights) };
}

/** The database half: stores what `prepareFeatures` built. */
export async function writePreparedFeatures(
  client: pg.PoolClient,
  companyId: string,
  prepared: PreparedFeatures,
  started: number,
): Promise<FeatureRecompute> {
  const rows = await stageFeatureRows(client, prepared.result.levels);
  await storeStagedFeatureRows(client, companyId, null);
  if (prepared.sections !== null) await saveCompanyInsights(client, companyId, prepared.sections);
  return saveFeatureState(client, companyId, prepared.result, rows, started);
}

/**
 * Product × day rows only for companies small enough (PRODUCT_DAY_MAX_LINES). Customers churn
 * after the company's own churn days, in their rows as in the insights.
 */
function buildStoredFeatures(
  accumulator: FeatureAccumulator,
  settings: InsightSettings,
  changedSince?: FeatureChange,
): FeatureResult {
  const levels = accumulator.lineCount <= PRODUCT_DAY_MAX_LINES ? undefined : LEVELS;
  return buildFeatureResult(accumulator, { levels, changedSince, churnDays: settings.churn_days });
}

async function saveFeatureState(
  client: pg.PoolClient,
  companyId: string,
  result: FeatureResult,
  rows: number,
  started: number,
): Promise<FeatureRecompute> {
  const ms = Math.round(performance.now() - started);
  await client.query(
    `insert into feature_state (company_id, data_through, lines, computed_at, duration_ms, rows_version)
     values ($1, $2, $3, now(), $4, $5)
     on conflict (company_id) do update set data_through = excluded.data_through,
       lines = excluded.lines, computed_at = excluded.computed_at, duration_ms = excluded.duration_ms,
       rows_version = excluded.rows_version`,
    [companyId, result.data_through, result.lines, ms, FEATURE_ROWS_VERSION],
  );
  return { lines: result.lines, rows, rowsFrom: result.rows_from, dataThrough: result.data_through, ms };
}

async function storedFeatureState(
  client: pg.PoolClient,
  companyId: string,
  started: number,
): Promise<FeatureRecompute> {
  const res = await client.query<{ lines: number; data_through: string | null }>(
    'select lines, data_through::text from feature_state where company_id = $1',
    [companyId],
  );
  const state = res.rows[0];
  const ms = Math.round(performance.now() - started);
  return { lines: state?.lines ?? 0, rows: 0, rowsFrom: null, dataThrough: state?.data_through ?? null, ms };
}

/**
 * The same in a transaction of its own (jobs, seeding): takes a connection from `pool`, and
 * the company's import lock first, so an import or deletion committing meanwhile is never
 * overwritten with figures of the lines before it.
 */
export async function recomputeFeaturesAlone(pool: pg.Pool, companyId: string): Promise<FeatureRecompute> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
      companyImportLockKey(companyId),
    ]);
    await client.query("select set_config('app.company_id', $1, true)", [companyId]);
    const result = await recomputeFeatures(client, companyId);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
