import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog, users } from '../schema';

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

/** A page of the company's audit log, newest first, with who did each thing. */
export async function listAudit(db: Database, companyId: string, page: { limit: number; offset: number }) {
  // One after the other: both usually run on the same transaction's connection.
  const rows = await db
    .select({ entry: auditLog, userName: users.name, userEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(eq(auditLog.companyId, companyId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(eq(auditLog.companyId, companyId));
  return { rows, total: total[0]?.n ?? 0 };
}
