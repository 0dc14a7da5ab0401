import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog } from '../schema';

export interface AuditEntry {
  userId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  metadata?: Record<string, unknown>;
}

/** Appends one entry; the application role cannot change or delete entries afterwards. */
export async function appendAudit(db: Database, companyId: string, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    companyId,
    userId: entry.userId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    userAgent: entry.userAgent ?? null,
    metadata: entry.metadata ?? {},
  });
}

export async function listAudit(db: Database, companyId: string, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(eq(auditLog.companyId, companyId))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.companyId, companyId)),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}
