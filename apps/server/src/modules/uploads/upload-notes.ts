import type { UploadNote } from '@ayni/contracts';
import { getUpload, inCompany, summarizeIssues } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';

/** Examples shown per reason: enough to recognise it, the rest is in the CSV download. */
const EXAMPLES = 3;

/**
 * Why lines were warned or skipped, by reason code, most lines first. Warned lines are counted
 * from the import's exact tallies (`uploads.warning_counts`), since only a sample of each code is
 * stored; uploads imported before those tallies count what was stored.
 */
export async function listUploadNotes(ctx: ServiceContext, uploadId: string): Promise<UploadNote[]> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const upload = await getUpload(tx, ctx.companyId, uploadId);
    if (!upload) throw notFound('Upload');
    const counted = (upload.warningCounts ?? {}) as Record<string, number>;
    const groups = await summarizeIssues(tx, ctx.companyId, uploadId, ['warning', 'skipped'], EXAMPLES);
    return groups
      .map((group) => ({
        severity: group.severity as UploadNote['severity'],
        code: group.code,
        lines: group.severity === 'warning' ? Math.max(counted[group.code] ?? 0, group.listed) : group.listed,
        listed: group.listed,
        examples: group.examples,
      }))
      .sort((a, b) => b.lines - a.lines || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  });
}

/**
 * Why lines were rejected, by reason code, most lines first: each code's lines (a line counts
 * once per code, whatever columns it failed in) and its first lines as examples, with their
 * original text. Every rejected line is stored, so `rejections.csv` lists them all.
 */
export async function listUploadRejections(ctx: ServiceContext, uploadId: string): Promise<UploadNote[]> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const upload = await getUpload(tx, ctx.companyId, uploadId);
    if (!upload) throw notFound('Upload');
    const groups = await summarizeIssues(tx, ctx.companyId, uploadId, ['rejected'], EXAMPLES);
    return groups
      .map((group) => ({
        severity: 'rejected' as const,
        code: group.code,
        lines: group.lines,
        listed: group.listed,
        examples: group.examples,
      }))
      .sort((a, b) => b.lines - a.lines || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  });
}
