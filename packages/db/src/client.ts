import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './tables';

export type Database = NodePgDatabase<typeof schema>;

export interface DbHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  max?: number;
  applicationName?: string;
  /**
   * Role every connection switches to (`SET ROLE`). The application uses `APP_ROLE`, which is
   * subject to row-level security; migrations and seeds connect as the owner.
   */
  role?: string;
}

/** The non-owner role the application runs as (created by the migrations). */
export const APP_ROLE = 'ayni_app';

// NUMERIC comes back from pg as text; drizzle's `mode: 'number'` columns convert it,
// raw SQL aggregates go through `Number()` in the repositories.
export function connect(url: string, options: ConnectOptions = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'ayni',
    // The role is a startup parameter: a connection that cannot take it fails to open, so
    // nothing ever runs as the owner, and no query has to be queued before the caller's.
    ...(options.role ? { options: `-c role=${roleName(options.role)}` } : {}),
  });
  // An idle client that errors (e.g. the server restarted) must not crash the process.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/** A role name safe to put in the startup options (plain identifiers only). */
function roleName(role: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`unsupported role name: ${role}`);
  return role;
}

/** Refuses to go on unless the pool really runs as the row-level-security-bound role. */
export async function assertAppRole(handle: DbHandle): Promise<void> {
  const result = await handle.pool.query<{ role: string; bypass: boolean }>(
    'select current_user as role, rolbypassrls or rolsuper as bypass from pg_roles where rolname = current_user',
  );
  const row = result.rows[0];
  if (row?.role !== APP_ROLE || row.bypass) {
    throw new Error(`database connections must run as ${APP_ROLE} without RLS bypass (got ${row?.role})`);
  }
}
