import type pg from 'pg';
import { flagFileWarnings } from './file-warnings';
import { applyDiff, diffAgainstCompany, type MergeResult, selectReplaced } from './merge';
import {
  collectAffectedDays,
  countLinesInPeriods,
  rebuildAffectedDays,
  writePeriodChanges,
} from './period-changes';

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
    onStep: (fraction: number) => Promise<void>;
  },
): Promise<MergeResult & { warnedLines: number }> {
  const { companyId, uploadId } = options;
  await client.query('analyze upload_stage');
  await flagFileWarnings(client, { companyId, uploadId });
  await options.onStep(0.2);
  await diffAgainstCompany(client, companyId);
  await options.onStep(0.4);
  const span = await selectReplaced(client, { companyId, mode: options.mode, location: options.location });
  await collectAffectedDays(client, companyId);
  await countLinesInPeriods(client, companyId, 'upload_before');
  const written = await applyDiff(client, { companyId, uploadId });
  await options.onStep(0.7);
  await countLinesInPeriods(client, companyId, 'upload_after');
  await writePeriodChanges(client, { companyId, uploadId, action: 'upload' });
  await rebuildAffectedDays(client, companyId);
  const warned = await client.query<{ n: number }>(
    'select count(*)::int as n from upload_stage where warned',
  );
  return { ...written, ...span, warnedLines: warned.rows[0]?.n ?? 0 };
}
