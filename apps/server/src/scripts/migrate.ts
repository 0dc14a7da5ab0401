/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database). */
import { runMigrations } from '@ayni/db';
import { loadEnv } from '../env';
import { createLogger } from '../runtime/logger';
import { withDatabase } from './with-database';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL, 'ayni-migrate');

withDatabase(env, log, async (db) => {
  await runMigrations(db);
  log.info('migrations applied');
}).catch((err) => {
  log.fatal({ err }, 'migration failed');
  process.exit(1);
});
