import type { Account, UpdateMeRequest, User } from '@ayni/contracts';
import { type Database, findUserById, type UserRow, updateUserProfile } from '@ayni/db';
import { unauthorized } from '../../lib/app-error';

export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, is_platform_admin: row.isPlatformAdmin };
}

export function toAccount(row: UserRow): Account {
  return { ...toUser(row), email_verified: !!row.emailVerifiedAt, two_factor_enabled: !!row.totpEnabledAt };
}

export async function me(db: Database, userId: string): Promise<Account> {
  const user = await findUserById(db, userId);
  if (!user) throw unauthorized();
  return toAccount(user);
}

export async function updateMe(db: Database, userId: string, changes: UpdateMeRequest): Promise<Account> {
  const user = await updateUserProfile(db, userId, changes);
  if (!user) throw unauthorized();
  return toAccount(user);
}
