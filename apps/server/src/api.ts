/** Scale-out API process (`npm run start:api`): HTTP + WebSocket against DATABASE_URL, jobs to Redis. */
import { loadEnv } from './env';
import { ensurePlatformAdmin } from './runtime/admin';
import { createLogger } from './runtime/logger';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { onShutdown, startHttp } from './runtime/serve';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL, 'ayni-api');

async function main() {
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
}

main().catch((err) => {
  log.fatal({ err }, 'AYNI API could not start');
  process.exit(1);
});
