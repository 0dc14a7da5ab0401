/** `npm run db:seed`: creates the platform admin and the demo company (idempotent). */
import { runMigrations } from '@ayni/db';
import { runRefresh } from '../modules/analytics/analytics.service';
import { ensurePlatformAdmin } from '../runtime/admin';
import { runEntrypoint } from '../runtime/entrypoint';
import { seedDemo } from '../runtime/seed-demo';
import { withDatabase } from './with-database';

runEntrypoint('ayni-seed', (env, log) =>
  withDatabase(env, log, async (db) => {
    await runMigrations(db);
    await ensurePlatformAdmin(db.db, log, {
      email: env.AYNI_ADMIN_EMAIL,
      password: env.AYNI_ADMIN_PASSWORD,
      production: env.NODE_ENV === 'production',
    });
    const companyId = await seedDemo(db.db, log, { adminEmail: env.AYNI_ADMIN_EMAIL, now: new Date() });
    // No worker runs here: build the rollups directly (the same code the job runs).
    if (companyId) await runRefresh(db, companyId);
    log.info({ seeded: Boolean(companyId) }, companyId ? 'demo seeded' : 'demo already present');
  }),
);
