import { connect, type DbHandle } from '@ayni/db';
import type { Logger } from 'pino';
import type { Env } from '../env';
import { startEmbeddedPostgres } from '../infra/embedded-postgres';

/** Runs `work` against DATABASE_URL, or against the embedded PostgreSQL in the data folder. */
export async function withDatabase(env: Env, log: Logger, work: (db: DbHandle) => Promise<void>) {
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: env.AYNI_DATA_DIR, database: 'ayni', log });
  const db = connect(env.DATABASE_URL ?? (embedded?.url as string), { max: 4 });
  try {
    await work(db);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}
