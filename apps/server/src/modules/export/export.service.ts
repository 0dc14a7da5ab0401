import type { Readable } from 'node:stream';
import { findUserById, inCompany, readCompanyExport } from '@ayni/db';
import { notFound } from '../../lib/app-error';
import { audit } from '../../lib/audit';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';
import { readExportAnalytics } from './export-analytics';
import { streamExportArchive } from './export-archive';

export interface CompanyExport {
  filename: string;
  /** The ZIP, made as it is read. */
  zip: Readable;
}

/**
 * Everything the company has on the platform, as a ZIP (right to portability). Read in one
 * repeatable-read transaction, so every file comes from the same moment; the download is audited.
 * The rows are read before anything is sent (a database error is still a clean 5xx); the ZIP
 * is then streamed.
 */
export async function exportCompany(ctx: ServiceContext): Promise<CompanyExport> {
  // The whole archive holds members' e-mails and the audit log: owners and admins only.
  authorize(ctx, 'export');
  authorize(ctx, 'manage_company');
  const exportedAt = new Date();
  const { rows, analytics } = await inCompany(
    ctx.db,
    ctx.companyId,
    async (tx) => {
      const data = await readCompanyExport(tx, ctx.companyId);
      const levels = await readExportAnalytics(tx, ctx.companyId);
      const counts = Object.fromEntries(Object.entries(data).map(([table, list]) => [table, list.length]));
      await audit(tx, ctx, 'export.downloaded', {
        type: 'company',
        id: ctx.companyId,
        metadata: {
          rows: counts,
          levels: levels.levels.length,
          insights: levels.insights.length,
        },
      });
      return { rows: data, analytics: levels };
    },
    { isolationLevel: 'repeatable read' },
  );
  const company = rows.company[0] as { id: string; name: string; rut: string } | undefined;
  if (!company) throw notFound('Company');
  const user = await findUserById(ctx.db, ctx.userId);
  const zip = streamExportArchive(
    rows,
    {
      company: { id: company.id, name: company.name, rut: company.rut },
      exportedAt,
      exportedBy: { id: ctx.userId, email: user?.email ?? '' },
    },
    analytics,
  );
  const day = exportedAt.toISOString().slice(0, 10);
  return { filename: `ayni-export-${company.rut}-${day}.zip`, zip };
}
