import { Readable } from 'node:stream';
import { getUpload, inCompany, listIssues } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { csvLine } from '../../lib/spreadsheet-safe';

const PAGE = 5000;

/** The two downloads of an upload's line issues: what each lists, its columns and its name. */
const KINDS = {
  rejections: {
    severities: ['rejected'],
    columns: ['line', 'column', 'code', 'message_es', 'message_en', 'original_text'],
    suffix: 'rechazos',
  },
  warnings: {
    severities: ['warning', 'skipped'],
    columns: ['line', 'kind', 'column', 'code', 'message_es', 'message_en', 'original_text'],
    suffix: 'advertencias',
  },
} as const;

export type IssuesCsvKind = keyof typeof KINDS;

/**
 * An upload's rejected lines (`rejections`), or its warned and skipped lines (`warnings`), as
 * CSV (UTF-8 with BOM, CRLF), streamed page by page: line number in the original file, column,
 * reason code, messages and the original text (rejected and skipped lines). Warnings are the
 * sample the import kept of each code. Cells a spreadsheet would run as formulas (= + - @, tab,
 * CR) get a leading `'` (lib/spreadsheet-safe).
 */
export async function issuesCsv(
  ctx: ServiceContext,
  uploadId: string,
  kind: IssuesCsvKind,
): Promise<{ filename: string; body: Readable }> {
  authorize(ctx, 'view_dashboards');
  const upload = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
  if (!upload) throw notFound('Upload');
  const { severities, columns, suffix } = KINDS[kind];
  async function* lines() {
    yield `\uFEFF${columns.join(',')}\r\n`;
    let after = 0;
    for (;;) {
      const page = await inCompany(ctx.db, ctx.companyId, (tx) =>
        listIssues(tx, ctx.companyId, uploadId, [...severities], after, PAGE),
      );
      if (page.length === 0) return;
      let chunk = '';
      for (const issue of page) {
        const where = [issue.line, ...(kind === 'warnings' ? [issue.severity] : []), issue.columnName];
        chunk += csvLine([...where, issue.code, issue.messageEs, issue.messageEn, issue.raw]);
      }
      yield chunk;
      after = page[page.length - 1]?.id ?? after;
      if (page.length < PAGE) return;
    }
  }
  const base = upload.filename.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'upload';
  return { filename: `${base}-${suffix}.csv`, body: Readable.from(lines()) };
}
