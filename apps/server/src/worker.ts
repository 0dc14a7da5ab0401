/** Scale-out job worker (`npm run start:worker`): runs BullMQ jobs against DATABASE_URL. */
import { setPriority } from 'node:os';
import { runEntrypoint } from './runtime/entrypoint';
import { startJobWorker } from './runtime/job-worker';
import { requireProductionEnv } from './runtime/production-env';
import { createRuntime } from './runtime/runtime';
import { onShutdown } from './runtime/shutdown';
import { startWorkerProbe } from './runtime/worker-probe';

runEntrypoint('ayni-worker', async (env, log) => {
  const { databaseUrl } = requireProductionEnv(env);
  // Imports are batch work: where API processes share the cores, their requests go first.
  // Raising one's own niceness needs no privilege.
  try {
    setPriority(env.WORKER_NICE);
  } catch (err) {
    log.warn({ err, nice: env.WORKER_NICE }, 'could not lower the worker priority');
  }
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
  // SIGTERM: take no new job, let the running ones finish (BullMQ's worker.close waits for them),
  // then close Redis and PostgreSQL. The queue closes first: the running jobs still need the
  // storage and the database. A job that outlives the orchestrator's grace period dies with a
  // SIGKILL, loses its lock and runs again on another worker after JOB_STALLED_MS.
  onShutdown(log, async () => {
    stopSchedules();
    await runtime.queue.close();
    log.info('job worker drained');
    probe?.close();
    await runtime.close();
  });
});
