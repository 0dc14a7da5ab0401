/** Scale-out job worker (`npm run start:worker`): runs BullMQ jobs against DATABASE_URL. */
import { loadEnv } from './env';
import { createLogger } from './runtime/logger';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { onShutdown, startJobWorker } from './runtime/serve';
import { startWorkerProbe } from './runtime/worker-probe';

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
  const probe =
    env.METRICS_PORT === undefined ? null : await startWorkerProbe(runtime, env.METRICS_PORT, env.HOST);
  log.info({ metrics_port: env.METRICS_PORT ?? null }, 'AYNI worker consuming jobs');
  onShutdown(log, async () => {
    probe?.close();
    await runtime.close();
  });
}

main().catch((err) => {
  log.fatal({ err }, 'AYNI worker could not start');
  process.exit(1);
});
