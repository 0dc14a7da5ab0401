import type pg from 'pg';
import { flagFileWarnings } from './file-warnings';
import type { FirstImportDays } from './first-import-days';
import {
  applyDiff,
  createGone,
  diffAgainstCompany,
  insertStaged,
  type MergeResult,
  selectReplaced,
} from './merge';
import {
  collectAffectedDays,
  countLinesInPeriods,
  deriveLinesAfter,
  rebuildAffectedDays,
  writePeriodChanges,
} from './period-changes';
import type { StagedInserts } from './staged-inserts';
import type { StageTallies } from './staging';

/**
 * Everything after the lines are staged, inside the import's transaction: file-wide warnings,
 * the diff against the company's lines, the writes, the per-period audit and the daily rollup
 * of the affected days. Nothing is visible until the caller commits.
 */
export async function writeImport(
  client: pg.PoolClient,
  options: {
    companyId: string;
    uploadId: string;
    mode: 'append' | 'replace';
    location: string | null;
    /** False for a company's first import: nothing to compare the lines with. */
    companyHasLines: boolean;
    /** The staged lines carry their natural keys (documents were contiguous in the file). */
    keysInStage: boolean;
    /** What the stage writer tallied for the file-wide warnings (else computed in SQL). */
    tallies?: StageTallies;
    /** A first import's lines per day, tallied while staging (saves two passes over the lines). */
    firstImportDays?: FirstImportDays;
    /** Lines a first import already inserted while staging (`StagedInserts`). */
    ahead?: StagedInserts;
    /** CPU work to overlap with the insert of the lines (a first import's features). */
    whileInserting?: () => void;
    onStep: (fraction: number) => Promise<void>;
  },
): Promise<
  MergeResult & {
    warnedLines: number;
    fileWarningCounts: Record<string, number>;
    timings: Record<string, number>;
  }
> {
  const { companyId, uploadId } = options;
  const timings: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - last);
    last = now;
  };
  const { companyHasLines, keysInStage } = options;
  // A first import deletes nothing; its days and their rollup come from the tally, unless a
  // quarter hour straddles local midnight (a clock offset in seconds, as Santiago's local mean
  // time before 1910): then SQL computes them from the diff.
  let span = (await options.firstImportDays?.write(client, companyId, keysInStage)) ?? null;
  const rollupWritten = span !== null;
  // A first import with streamed keys and tallied days inserts straight from the stage: no diff.
  const direct = !companyHasLines && keysInStage && rollupWritten;
  // The diff joins the stage with the company's lines: its plan needs the stage's statistics.
  // A direct insert reads the stage once, and the tallied warnings only join it with small
  // analyzed tables (a hash of those, whatever the stage's estimate): sampling it is wasted.
  if (!direct || options.tallies === undefined) await client.query('analyze upload_stage');
  if (!direct && (options.ahead?.inserted ?? 0) > 0) {
    // A document turned up again after others: the keys come from SQL, for every line.
    await client.query('delete from sale_lines where company_id = $1 and upload_id = $2', [
      companyId,
      uploadId,
    ]);
  }
  if (!direct) await diffAgainstCompany(client, companyId, { companyHasLines, keysInStage });
  lap('diff_ms');
  await options.onStep(0.3);
  const fileWarnings = await flagFileWarnings(client, {
    companyId,
    uploadId,
    keysInStage,
    tallies: options.tallies,
  });
  lap('file_warnings_ms');
  await options.onStep(0.4);
  if (span === null) {
    span = await selectReplaced(client, { companyId, mode: options.mode, location: options.location });
    await collectAffectedDays(client, companyId);
  } else await createGone(client);
  await countLinesInPeriods(client, companyId, companyHasLines);
  lap('periods_before_ms');
  const write = { companyId, uploadId, whileInserting: options.whileInserting };
  const written = direct
    ? await insertStaged(client, { ...write, ahead: options.ahead })
    : await applyDiff(client, write);
  lap('write_ms');
  await options.onStep(0.7);
  await deriveLinesAfter(client);
  await writePeriodChanges(client, { companyId, uploadId, action: 'upload' });
  lap('period_changes_ms');
  if (!rollupWritten) await rebuildAffectedDays(client, companyId);
  lap('daily_rollup_ms');
  return {
    ...written,
    ...span,
    warnedLines: fileWarnings.warnedLines,
    fileWarningCounts: fileWarnings.counts,
    timings,
  };
}
