import { type DbHandle, getUpload, inCompany, registerUploadFile, setUploadFilesStatus } from '@ayni/db';
import {
  buildFeatureStreams,
  createFeatureAccumulator,
  FEATURE_LEVELS,
  type FeatureAccumulator,
  type FeatureLine,
} from '@ayni/engine';
import type { Logger } from 'pino';
import type { FileStorage } from '../../../infra/storage/file-storage';
import { foldCompanyLines } from '../../analytics/fold-company-lines';
import { readInsightSettings } from '../../insights/insights-writer';
import {
  CSV_CONTENT_TYPE,
  type LevelRows,
  levelFileName,
  storeLevelCsv,
  storeLevelsXlsx,
  uploadFileKey,
  WORKBOOK_NAME,
  XLSX_CONTENT_TYPE,
} from './level-files';

export interface UploadFilesDeps {
  db: DbHandle;
  storage: FileStorage;
  log: Logger;
}

export interface UploadFilesBuilt {
  /** Files stored and registered by this run. */
  files: number;
  lines: number;
  /** False when the upload was gone (deleted, never completed) before or while building. */
  completed: boolean;
}

/**
 * Job `uploads.files`: the company's lines as they are now, through the feature engine at every
 * level, written as one CSV per level and `levels.xlsx` (a sheet per level) into the storage.
 * Each file is registered in `upload_files` as soon as it is stored, so it can be downloaded
 * while the others are still being written. Idempotent: a re-run rewrites the same keys and rows.
 */
export async function buildUploadFiles(
  deps: UploadFilesDeps,
  companyId: string,
  uploadId: string,
): Promise<UploadFilesBuilt> {
  const upload = await inCompany(deps.db.db, companyId, (tx) => getUpload(tx, companyId, uploadId));
  if (upload?.status !== 'completed') return { files: 0, lines: 0, completed: false };
  await inCompany(deps.db.db, companyId, (tx) => setUploadFilesStatus(tx, companyId, uploadId, 'building'));

  const levels = await computeLevels(deps.db.pool, companyId);
  let files = 0;
  const register = async (
    name: string,
    level: string | null,
    contentType: string,
    stored: { size: number; rows: number },
  ): Promise<boolean> => {
    const key = uploadFileKey(companyId, uploadId, name);
    const row = await inCompany(deps.db.db, companyId, (tx) =>
      registerUploadFile(tx, companyId, uploadId, {
        name,
        level,
        contentType,
        sizeBytes: stored.size,
        rows: stored.rows,
        storageKey: key,
      }),
    );
    if (row) {
      files++;
      return true;
    }
    // Deleted meanwhile: what this run stored belongs to no one.
    await deps.storage.delete(key).catch((err) => deps.log.warn({ err, key }, 'could not delete a file'));
    return false;
  };

  for (const level of FEATURE_LEVELS) {
    const name = levelFileName(level);
    const stored = await storeLevelCsv(
      deps.storage,
      uploadFileKey(companyId, uploadId, name),
      level,
      levels.rows[level],
    );
    if (!(await register(name, level, CSV_CONTENT_TYPE, stored))) {
      return { files, lines: levels.lines, completed: false };
    }
  }
  const workbook = await storeLevelsXlsx(
    deps.storage,
    uploadFileKey(companyId, uploadId, WORKBOOK_NAME),
    levels.rows,
  );
  if (!(await register(WORKBOOK_NAME, null, XLSX_CONTENT_TYPE, workbook))) {
    return { files, lines: levels.lines, completed: false };
  }
  await inCompany(deps.db.db, companyId, (tx) => setUploadFilesStatus(tx, companyId, uploadId, 'ready'));
  return { files, lines: levels.lines, completed: true };
}

/** The last attempt failed: the upload's files will not come (the listed ones stay usable). */
export async function markUploadFilesFailed(db: DbHandle, companyId: string, uploadId: string) {
  await inCompany(db.db, companyId, (tx) => setUploadFilesStatus(tx, companyId, uploadId, 'failed'));
}

/**
 * Every level of the company's lines, read in one statement (one snapshot) of a transaction in
 * the company's row-level-security scope, as `recomputeFeaturesAlone` does. The big levels
 * (product × day, customer × day, …) come as streams: their rows are built while each file is
 * written, so memory is the engine's accumulator, not every row of every level.
 */
async function computeLevels(pool: DbHandle['pool'], companyId: string) {
  const client = await pool.connect();
  let churnDays: number;
  let accumulator: FeatureAccumulator;
  try {
    // Repeatable read: a second read of the lines (see `foldCompanyLines`) sees the same ones.
    await client.query('begin isolation level repeatable read read only');
    await client.query("select set_config('app.company_id', $1, true)", [companyId]);
    // Customers churn after the company's own days, as in the stored rows and the insights.
    churnDays = (await readInsightSettings(client, companyId)).churn_days;
    ({ accumulator } = await foldCompanyLines(client, companyId, (contiguousTickets) => {
      const accumulator = createFeatureAccumulator({ contiguousTickets });
      return { accumulator, add: (line: FeatureLine) => accumulator.add(line) };
    }));
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    // A connection that failed mid-COPY may be in any state: never reuse it.
    client.release(err as Error);
    throw err;
  }
  client.release();
  const result = buildFeatureStreams(accumulator, { churnDays });
  return { rows: result.levels as LevelRows, lines: result.lines };
}
