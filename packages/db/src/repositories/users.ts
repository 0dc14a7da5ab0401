import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return rows[0];
}

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function insertUser(
  db: Database,
  user: { email: string; name: string; passwordHash: string; isPlatformAdmin?: boolean },
): Promise<UserRow> {
  const rows = await db.insert(users).values(user).returning();
  const row = rows[0];
  if (!row) throw new Error('insert into users returned nothing');
  return row;
}

export async function updateUserPasswordHash(db: Database, id: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, id));
}
