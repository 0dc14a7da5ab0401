/** Scale-out API process (`npm run start:api`): HTTP + WebSocket against DATABASE_URL, jobs to Redis. */
import { ensurePlatformAdmin } from './runtime/admin';
import { runEntrypoint } from './runtime/entrypoint';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { startHttp } from './runtime/serve';
import { onShutdown } from './runtime/shutdown';

runEntrypoint('ayni-api', async (env, log) => {
  const { databaseUrl } = requireProductionEnv(env);
  const runtime = await createRuntime({
    env,
    log,
    databaseUrl,
    production: true,
    applicationName: 'ayni-api',
  });
  await ensurePlatformAdmin(runtime.db.db, log, {
    email: env.AYNI_ADMIN_EMAIL,
    password: env.AYNI_ADMIN_PASSWORD,
    production: true,
  });
  const app = await startHttp(runtime);
  log.info({ port: env.PORT }, 'AYNI API listening');
  onShutdown(log, async () => {
    await app.close();
    await runtime.close();
  });
});
