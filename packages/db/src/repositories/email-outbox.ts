import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { emailOutbox } from '../schema';

export type OutboxRow = typeof emailOutbox.$inferSelect;

export async function insertOutboxMessage(
  db: Database,
  message: { to: string; subject: string; text: string; html?: string | null },
): Promise<string> {
  const rows = await db
    .insert(emailOutbox)
    .values({ ...message, html: message.html ?? null })
    .returning({ id: emailOutbox.id });
  const id = rows[0]?.id;
  if (!id) throw new Error('insert into email_outbox returned nothing');
  return id;
}

export async function markOutboxSent(db: Database, id: string, at: Date): Promise<void> {
  await db.update(emailOutbox).set({ sentAt: at, error: null }).where(eq(emailOutbox.id, id));
}

export async function markOutboxFailed(db: Database, id: string, error: string): Promise<void> {
  await db.update(emailOutbox).set({ error }).where(eq(emailOutbox.id, id));
}

/** Messages to one address, newest first. */
export async function listOutboxFor(db: Database, to: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(emailOutbox)
    .where(sql`lower(${emailOutbox.to}) = lower(${to})`)
    .orderBy(desc(emailOutbox.createdAt));
}
