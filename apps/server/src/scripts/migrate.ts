/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database). */
import { runMigrations } from '@ayni/db';
import { runEntrypoint } from '../runtime/entrypoint';
import { withDatabase } from './with-database';

runEntrypoint('ayni-migrate', (env, log) =>
  withDatabase(env, log, async (db) => {
    await runMigrations(db);
    log.info('migrations applied');
  }),
);
