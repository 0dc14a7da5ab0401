/** `npm run macro:refresh`: refreshes the macro series now (the same code the daily job runs). */
import { runMigrations } from '@ayni/db';
import { macroSourcesConfig } from '../modules/macro/macro.config';
import { refreshMacroSeries } from '../modules/macro/macro.loader';
import { createRetrievers } from '../modules/macro/macro.retriever';
import { runEntrypoint } from '../runtime/entrypoint';
import { withDatabase } from './with-database';

runEntrypoint('ayni-macro-refresh', (env, log) =>
  withDatabase(env, log, async (db) => {
    await runMigrations(db);
    const series = await refreshMacroSeries(db.db, createRetrievers(macroSourcesConfig(env)), {
      now: Date.now(),
      log,
    });
    for (const s of series)
      log.info(
        { series: s.code, source: s.source, points: s.points, changed: s.changed, errors: s.errors },
        'macro series',
      );
  }),
);
