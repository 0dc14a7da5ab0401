import type { UploadNote } from '@ayni/contracts';
import { getUpload, inCompany, summarizeIssues, type UploadRow } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';

/** Examples shown per reason: enough to recognise it, the rest is in the CSV download. */
const EXAMPLES = 3;

type Group = Awaited<ReturnType<typeof summarizeIssues>>[number];

/**
 * Why lines were warned or skipped, by reason code, most lines first. Warned lines are counted
 * from the import's exact tallies (`uploads.warning_counts`), since only a sample of each code is
 * stored; uploads imported before those tallies count what was stored.
 */
export function listUploadNotes(ctx: ServiceContext, uploadId: string): Promise<UploadNote[]> {
  return reasonsOf(ctx, uploadId, ['warning', 'skipped'], (group, upload) => {
    const counted = (upload.warningCounts ?? {}) as Record<string, number>;
    return group.severity === 'warning' ? Math.max(counted[group.code] ?? 0, group.listed) : group.listed;
  });
}

/**
 * Why lines were rejected, by reason code, most lines first: each code's lines (a line counts
 * once per code, whatever columns it failed in) and its first issues as examples, with the
 * line's original text. Every rejected line is stored, so `rejections.csv` lists them all.
 */
export function listUploadRejections(ctx: ServiceContext, uploadId: string): Promise<UploadNote[]> {
  return reasonsOf(ctx, uploadId, ['rejected'], (group) => group.lines);
}

/** The upload's issues of `severities` by reason code, each with its `lines`, most first. */
function reasonsOf(
  ctx: ServiceContext,
  uploadId: string,
  severities: UploadNote['severity'][],
  lines: (group: Group, upload: UploadRow) => number,
): Promise<UploadNote[]> {
  authorize(ctx, 'view_dashboards');
  return inCompany(ctx.db, ctx.companyId, async (tx) => {
    const upload = await getUpload(tx, ctx.companyId, uploadId);
    if (!upload) throw notFound('Upload');
    const groups = await summarizeIssues(tx, ctx.companyId, uploadId, severities, EXAMPLES);
    return groups
      .map((group) => ({
        severity: group.severity as UploadNote['severity'],
        code: group.code,
        lines: lines(group, upload),
        listed: group.listed,
        examples: group.examples,
      }))
      .sort((a, b) => b.lines - a.lines || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  });
}
