import type { AdminCompany, AdminUser, PlatformAuditEntry } from '@ayni/contracts';
import {
  appendPlatformAudit,
  type Database,
  findUserById,
  listAllCompanies,
  listAllUsers,
  listPlatformAudit,
  revokeRefreshTokensOf,
  setUserDisabled,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import { AppError, notFound } from '../../lib/app-error';
import type { RequestOrigin } from '../../lib/context';

interface Page {
  limit: number;
  offset: number;
}

type UserRow = NonNullable<Awaited<ReturnType<typeof setUserDisabled>>>;

function toAdminUser(row: UserRow): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    is_platform_admin: row.isPlatformAdmin,
    disabled_at: row.disabledAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

/** Platform routes have no tenant: a signed-in user who is not a platform admin gets 403. */
export async function requirePlatformAdmin(db: Database, userId: string): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user?.isPlatformAdmin) {
    throw new AppError('FORBIDDEN', 'Only platform administrators can do this', {
      messageEs: 'Solo los administradores de la plataforma pueden hacer esto',
    });
  }
}

/** Every company, deleted ones included, with its member count; never its business data. */
export async function listCompanies(
  db: Database,
  page: Page,
): Promise<{ items: AdminCompany[]; total: number }> {
  const { rows, total } = await withTenant(db, { platform: true }, (tx) => listAllCompanies(tx, page));
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    rut: r.rut,
    industry: r.industry,
    size: r.size,
    region: r.region,
    created_at: r.createdAt.toISOString(),
    deleted_at: r.deletedAt?.toISOString() ?? null,
    member_count: r.memberCount,
  }));
  return { items, total };
}

/**
 * A page of the user accounts. Demo visitors (throwaway accounts, one per demo click, deleted after
 * 24 h) are left out of the page and the total, as from the companies' members, and only counted.
 */
export async function listUsers(
  db: Database,
  page: Page,
): Promise<{ items: AdminUser[]; total: number; demoVisitors: number }> {
  // Platform scope: visitors are told by their demo memberships, which RLS hides elsewhere.
  const { rows, total, demoVisitors } = await withTenant(db, { platform: true }, (tx) =>
    listAllUsers(tx, page),
  );
  return { items: rows.map(toAdminUser), total, demoVisitors };
}

/**
 * Disables an account (it can no longer sign in, and its tokens stop working at once) or enables
 * it again. Platform admins cannot disable themselves. Written to the platform audit trail in the
 * same transaction as the change.
 */
export async function setUserEnabled(
  deps: { db: Database; log: Logger },
  admin: { userId: string; origin: RequestOrigin },
  userId: string,
  enabled: boolean,
): Promise<AdminUser> {
  if (!enabled && userId === admin.userId) {
    throw new AppError('CONFLICT', 'You cannot disable your own account', {
      messageEs: 'No puedes deshabilitar tu propia cuenta',
    });
  }
  const row = await withTenant(deps.db, { platform: true }, async (tx) => {
    const updated = await setUserDisabled(tx, userId, !enabled);
    if (!updated) return undefined;
    const revokedSessions = enabled ? 0 : await revokeRefreshTokensOf(tx, userId);
    await appendPlatformAudit(tx, {
      actorId: admin.userId,
      action: enabled ? 'user.enabled' : 'user.disabled',
      targetType: 'user',
      targetId: userId,
      ip: admin.origin.ip,
      userAgent: admin.origin.userAgent,
      // The e-mail too: the trail still says who it was if the account is ever removed.
      metadata: { email: updated.email, ...(enabled ? {} : { revoked_sessions: revokedSessions }) },
    });
    return updated;
  });
  if (!row) throw notFound('User');
  deps.log.info(
    { admin_id: admin.userId, user_id: userId, enabled },
    enabled ? 'user enabled' : 'user disabled',
  );
  return toAdminUser(row);
}

type AuditRow = Awaited<ReturnType<typeof listPlatformAudit>>['rows'][number];

function toPlatformAuditEntry({ entry, actorName, actorEmail }: AuditRow): PlatformAuditEntry {
  return {
    id: entry.id,
    actor: entry.actorId ? { id: entry.actorId, name: actorName ?? '', email: actorEmail ?? '' } : null,
    action: entry.action,
    target: entry.targetType ? { type: entry.targetType, id: entry.targetId } : null,
    ip: entry.ip,
    user_agent: entry.userAgent,
    metadata: (entry.metadata ?? {}) as Record<string, unknown>,
    created_at: entry.createdAt.toISOString(),
  };
}

/** A page of what platform admins did, newest first. */
export async function listPlatformAuditEntries(
  db: Database,
  page: Page,
): Promise<{ items: PlatformAuditEntry[]; total: number }> {
  const { rows, total } = await withTenant(db, { platform: true }, (tx) => listPlatformAudit(tx, page));
  return { items: rows.map(toPlatformAuditEntry), total };
}
