import type { AuditLogEntry } from '@ayni/contracts';
import { inCompany, listAudit } from '@ayni/db';
import type { ServiceContext } from '../../lib/context';
import { authorize } from '../../lib/permissions';

type Row = Awaited<ReturnType<typeof listAudit>>['rows'][number];

function toEntry({ entry, userName, userEmail }: Row): AuditLogEntry {
  return {
    id: entry.id,
    user: entry.userId ? { id: entry.userId, name: userName ?? '', email: userEmail ?? '' } : null,
    action: entry.action,
    target: entry.targetType ? { type: entry.targetType, id: entry.targetId } : null,
    ip: entry.ip,
    user_agent: entry.userAgent,
    metadata: (entry.metadata ?? {}) as Record<string, unknown>,
    created_at: entry.createdAt.toISOString(),
  };
}

/** A page of the company's audit log, newest first (owners and admins). */
export async function listAuditEntries(ctx: ServiceContext, page: { limit: number; offset: number }) {
  authorize(ctx, 'view_audit');
  const { rows, total } = await inCompany(ctx.db, ctx.companyId, (tx) => listAudit(tx, ctx.companyId, page));
  return { entries: rows.map(toEntry), total };
}
