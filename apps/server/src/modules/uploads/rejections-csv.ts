import { Readable } from 'node:stream';
import { getUpload, inCompany, listIssues } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { csvLine } from '../../lib/spreadsheet-safe';

const COLUMNS = ['line', 'column', 'code', 'message_es', 'message_en', 'original_text'];
const PAGE = 5000;

/**
 * The rejected lines of an upload as CSV (UTF-8 with BOM, CRLF), streamed page by page: line
 * number in the original file, column, reason code, messages and the original text. Cells a
 * spreadsheet would run as formulas (= + - @, tab, CR) get a leading `'` (lib/spreadsheet-safe).
 */
export async function rejectionsCsv(
  ctx: ServiceContext,
  uploadId: string,
): Promise<{ filename: string; body: Readable }> {
  authorize(ctx, 'view_dashboards');
  const upload = await inCompany(ctx.db, ctx.companyId, (tx) => getUpload(tx, ctx.companyId, uploadId));
  if (!upload) throw notFound('Upload');
  async function* lines() {
    yield `\uFEFF${COLUMNS.join(',')}\r\n`;
    let after = 0;
    for (;;) {
      const page = await inCompany(ctx.db, ctx.companyId, (tx) =>
        listIssues(tx, ctx.companyId, uploadId, ['rejected'], after, PAGE),
      );
      if (page.length === 0) return;
      let chunk = '';
      for (const issue of page) {
        chunk += csvLine([
          issue.line,
          issue.columnName,
          issue.code,
          issue.messageEs,
          issue.messageEn,
          issue.raw,
        ]);
      }
      yield chunk;
      after = page[page.length - 1]?.id ?? after;
      if (page.length < PAGE) return;
    }
  }
  const base = upload.filename.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'upload';
  return { filename: `${base}-rechazos.csv`, body: Readable.from(lines()) };
}
