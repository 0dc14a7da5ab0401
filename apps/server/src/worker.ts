/** Scale-out job worker (`npm run start:worker`): runs BullMQ jobs against DATABASE_URL. */
import { runEntrypoint } from './runtime/entrypoint';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { onShutdown, startJobWorker } from './runtime/serve';
import { startWorkerProbe } from './runtime/worker-probe';

runEntrypoint('ayni-worker', async (env, log) => {
  const { databaseUrl } = requireProductionEnv(env);
  const runtime = await createRuntime({
    env,
    log,
    databaseUrl,
    production: true,
    applicationName: 'ayni-worker',
  });
  const stopSchedules = await startJobWorker(runtime);
  const probe =
    env.METRICS_PORT === undefined ? null : await startWorkerProbe(runtime, env.METRICS_PORT, env.HOST);
  log.info({ metrics_port: env.METRICS_PORT ?? null }, 'AYNI worker consuming jobs');
  onShutdown(log, async () => {
    stopSchedules();
    probe?.close();
    await runtime.close();
  });
});
