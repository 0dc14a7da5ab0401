import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys } from '../schema-integrations';

// Company functions run inside inCompany (RLS). The two *ByHash functions run inside
// withTenant(db, { apiKeyHash }): the key is looked up before its company is known, and the
// policy shows exactly that one row.

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(
  db: Database,
  companyId: string,
  values: { name: string; prefix: string; keyHash: string; scopes: string[]; createdBy: string | null },
): Promise<ApiKeyRow> {
  const [row] = await db
    .insert(apiKeys)
    .values({ ...values, companyId })
    .returning();
  return row as ApiKeyRow;
}

/** Every key of the company, revoked ones too (the list shows them as revoked), newest first. */
export async function listApiKeys(db: Database, companyId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.companyId, companyId)).orderBy(desc(apiKeys.createdAt));
}

export async function findApiKey(db: Database, companyId: string, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.companyId, companyId), eq(apiKeys.id, id)));
  return row ?? null;
}

/** Marks the key revoked (once); null when it does not exist or was already revoked. */
export async function revokeApiKey(db: Database, companyId: string, id: string): Promise<ApiKeyRow | null> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.companyId, companyId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? null;
}

export async function findApiKeyByHash(db: Database, keyHash: string): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash));
  return row ?? null;
}

/**
 * Records a use, at most once a minute per key: a key polled every second would otherwise
 * write its row every second. True when the row was written.
 */
export async function touchApiKeyByHash(db: Database, keyHash: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.keyHash, keyHash),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    )
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
