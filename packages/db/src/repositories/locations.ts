import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { locations } from '../schema';

export type LocationRow = typeof locations.$inferSelect;

export async function listLocations(db: Database, companyId: string): Promise<LocationRow[]> {
  return db
    .select()
    .from(locations)
    .where(eq(locations.companyId, companyId))
    .orderBy(asc(locations.createdAt), asc(locations.name));
}

export async function insertLocations(
  db: Database,
  companyId: string,
  input: Array<{ name: string; address?: string | null }>,
): Promise<LocationRow[]> {
  if (input.length === 0) return [];
  return db
    .insert(locations)
    .values(input.map((l) => ({ companyId, name: l.name, address: l.address ?? null })))
    .returning();
}

export async function updateLocation(
  db: Database,
  companyId: string,
  locationId: string,
  patch: { name?: string; address?: string | null },
): Promise<LocationRow | undefined> {
  const rows = await db
    .update(locations)
    .set(patch)
    .where(and(eq(locations.companyId, companyId), eq(locations.id, locationId)))
    .returning();
  return rows[0];
}

/** Locks the company's locations until the transaction ends and returns how many there are. */
export async function lockLocations(db: Database, companyId: string): Promise<number> {
  const result = await db.execute(
    sql`select id from ${locations} where company_id = ${companyId}::uuid for update`,
  );
  return result.rowCount ?? result.rows.length;
}

export async function deleteLocation(
  db: Database,
  companyId: string,
  locationId: string,
): Promise<LocationRow | undefined> {
  const rows = await db
    .delete(locations)
    .where(and(eq(locations.companyId, companyId), eq(locations.id, locationId)))
    .returning();
  return rows[0];
}
