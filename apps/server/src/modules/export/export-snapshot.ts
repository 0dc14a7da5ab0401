import { type Database, databaseOnClient } from '@ayni/db';
import pg from 'pg';

/**
 * One connection in a read-only repeatable-read transaction in the company's scope: every file of
 * the archive comes from the same moment, however long the download takes.
 */
export interface ExportSnapshot {
  client: pg.PoolClient;
  /** Drizzle on `client`, inside its transaction. */
  db: Database;
  /** Ends the transaction and gives the connection back (dropped after an error); idempotent. */
  close(err?: Error): Promise<void>;
}

/** The pool behind a service's database handle (drizzle keeps it as `$client`). */
export function poolOf(db: Database): pg.Pool {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) throw new Error('the company export needs a pool-backed database');
  return client;
}

export async function openExportSnapshot(pool: pg.Pool, companyId: string): Promise<ExportSnapshot> {
  const client = await pool.connect();
  let closed = false;
  const close = async (err?: Error) => {
    if (closed) return;
    closed = true;
    try {
      await client.query('rollback');
    } catch (rollbackError) {
      err ??= rollbackError as Error;
    }
    // A connection that failed mid-query or mid-COPY may be in any state: never reuse it.
    client.release(err);
  };
  try {
    await client.query('begin isolation level repeatable read read only');
    // The snapshot is taken here, at the transaction's first statement.
    await client.query("select set_config('app.company_id', $1, true)", [companyId]);
  } catch (err) {
    await close(err as Error);
    throw err;
  }
  return { client, db: databaseOnClient(client), close };
}
