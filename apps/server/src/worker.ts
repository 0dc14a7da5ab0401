/** Scale-out job worker (`npm run start:worker`): runs BullMQ jobs against DATABASE_URL. */
import { loadEnv } from './env';
import { createLogger } from './runtime/logger';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { onShutdown, startJobWorker } from './runtime/serve';

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL, 'ayni-worker');

async function main() {
  const { databaseUrl } = requireProductionEnv(env);
  const runtime = await createRuntime({
    env,
    log,
    databaseUrl,
    production: true,
    applicationName: 'ayni-worker',
  });
  await startJobWorker(runtime);
  log.info('AYNI worker consuming jobs');
  onShutdown(log, () => runtime.close());
}

main().catch((err) => {
  log.fatal({ err }, 'AYNI worker could not start');
  process.exit(1);
});
