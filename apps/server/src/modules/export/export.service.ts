import type { Readable } from 'node:stream';
import { findUserById, inCompany, readSmallExportTables } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { readExportAnalytics } from './export-analytics';
import { streamExportArchive } from './export-archive';
import { openExportSnapshot, poolOf } from './export-snapshot';
import { snapshotSource } from './export-source';
import { LINE_LEVELS } from './line-levels';

export interface CompanyExport {
  filename: string;
  /** The ZIP, made as it is read. */
  zip: Readable;
}

/**
 * Everything the company has on the platform, as a ZIP (right to portability). Every file comes
 * from one read-only repeatable-read snapshot, held on one connection until the download ends.
 * Before the first byte: the small tables, the row counts and the list of levels are read and the
 * download is audited (in a transaction of its own, committed after the snapshot was taken, so
 * the archive does not hold its own entry), so those errors are still a clean 5xx. Then the ZIP
 * streams at the client's pace, the big tables read a page at a time; a database error after that
 * can only cut the download short (logged).
 */
export async function exportCompany(ctx: ServiceContext): Promise<CompanyExport> {
  // The whole archive holds members' e-mails and the audit log: owners and admins only.
  authorize(ctx, 'export');
  authorize(ctx, 'manage_company');
  const exportedAt = new Date();
  const snapshot = await openExportSnapshot(poolOf(ctx.db), ctx.companyId);
  try {
    const { rows, counts } = await readSmallExportTables(snapshot.db, ctx.companyId);
    const company = rows.company[0] as { id: string; name: string; rut: string } | undefined;
    if (!company) throw notFound('Company');
    const analytics = await readExportAnalytics(snapshot.db, ctx.companyId);
    const rowCounts = {
      ...Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])),
      ...counts,
    };
    await inCompany(ctx.db, ctx.companyId, (tx) =>
      audit(tx, ctx, 'export.downloaded', {
        type: 'company',
        id: ctx.companyId,
        metadata: {
          rows: rowCounts,
          levels: analytics.levels.length + LINE_LEVELS.length,
          insights: analytics.insights.length,
        },
      }),
    );
    const user = await findUserById(ctx.db, ctx.userId);
    const source = snapshotSource(snapshot, ctx.companyId, rows, analytics);
    const zip = streamExportArchive(source, {
      company: { id: company.id, name: company.name, rut: company.rut },
      exportedAt,
      exportedBy: { id: ctx.userId, email: user?.email ?? '' },
    });
    // Ended, failed or abandoned by the client (even before the first read): the snapshot goes.
    // Readable.from awaits the archive generator's return() before 'error'/'close', so no query
    // of the archive is still running on the connection when it is given back.
    zip.once('error', (err) => {
      ctx.log.error({ err }, 'company export failed while streaming');
      void snapshot.close(err);
    });
    zip.once('close', () => void snapshot.close());
    const day = exportedAt.toISOString().slice(0, 10);
    return { filename: `ayni-export-${company.rut}-${day}.zip`, zip };
  } catch (err) {
    await snapshot.close(err as Error);
    throw err;
  }
}
