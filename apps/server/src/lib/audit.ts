import { appendAudit, type Database } from '@ayni/db';
import type { ServiceContext } from './context';

/**
 * Records what a member did in a company. Call it inside the same tenant transaction as the
 * change itself (`tx`), so the change and its audit entry land together or not at all.
 */
export function audit(
  tx: Database,
  ctx: Pick<ServiceContext, 'companyId' | 'userId' | 'origin' | 'apiKey'>,
  action: string,
  target: { type?: string; id?: string; metadata?: Record<string, unknown> } = {},
): Promise<void> {
  return appendAudit(tx, ctx.companyId, {
    userId: ctx.userId,
    action,
    targetType: target.type ?? null,
    targetId: target.id ?? null,
    ip: ctx.origin.ip,
    userAgent: ctx.origin.userAgent,
    // A request made with an API key has no user: the entry names the key instead.
    metadata: ctx.apiKey ? { ...target.metadata, api_key: ctx.apiKey } : target.metadata,
  });
}
