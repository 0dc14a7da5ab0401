import type { AdminCompany, AdminUser } from '@ayni/contracts';
import {
  type Database,
  findUserById,
  listAllCompanies,
  listAllUsers,
  revokeRefreshTokensOf,
  setUserDisabled,
  withTenant,
} from '@ayni/db';
import type { Logger } from 'pino';
import { AppError, notFound } from '../../lib/app-error';

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

export async function listUsers(db: Database, page: Page): Promise<{ items: AdminUser[]; total: number }> {
  const { rows, total } = await listAllUsers(db, page);
  return { items: rows.map(toAdminUser), total };
}

/**
 * Disables an account (it can no longer sign in, and its tokens stop working at once) or enables
 * it again. Platform admins cannot disable themselves.
 */
export async function setUserEnabled(
  deps: { db: Database; log: Logger },
  adminId: string,
  userId: string,
  enabled: boolean,
): Promise<AdminUser> {
  if (!enabled && userId === adminId) {
    throw new AppError('CONFLICT', 'You cannot disable your own account', {
      messageEs: 'No puedes deshabilitar tu propia cuenta',
    });
  }
  const row = await deps.db.transaction(async (tx) => {
    const updated = await setUserDisabled(tx as unknown as Database, userId, !enabled);
    if (updated && !enabled) await revokeRefreshTokensOf(tx as unknown as Database, userId);
    return updated;
  });
  if (!row) throw notFound('User');
  // Platform actions belong to no company's audit log: the application log records them.
  deps.log.info({ admin_id: adminId, user_id: userId, enabled }, enabled ? 'user enabled' : 'user disabled');
  return toAdminUser(row);
}
