import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { platformAudit, users } from '../schema';

export interface PlatformAuditInput {
  actorId: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  metadata?: Record<string, unknown>;
}

/** Appends one entry (run in platform scope); the application role cannot change it afterwards. */
export async function appendPlatformAudit(db: Database, entry: PlatformAuditInput): Promise<void> {
  await db.insert(platformAudit).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    userAgent: entry.userAgent ?? null,
    metadata: entry.metadata ?? {},
  });
}

/** A page of the platform audit trail, newest first, with who did each thing (platform scope). */
export async function listPlatformAudit(db: Database, page: { limit: number; offset: number }) {
  // One after the other: both run on the same transaction's connection.
  const rows = await db
    .select({ entry: platformAudit, actorName: users.name, actorEmail: users.email })
    .from(platformAudit)
    .leftJoin(users, eq(users.id, platformAudit.actorId))
    .orderBy(desc(platformAudit.createdAt), desc(platformAudit.id))
    .limit(page.limit)
    .offset(page.offset);
  const total = await db.select({ n: count() }).from(platformAudit);
  return { rows, total: total[0]?.n ?? 0 };
}
