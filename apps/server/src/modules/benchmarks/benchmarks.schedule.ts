import type { Logger } from 'pino';
import type { EventBus } from '../../events/event-bus';
import type { JobQueue } from '../../jobs/job-queue';
import { enqueueEvery } from '../../jobs/schedule';
import { BENCHMARKS_DEBOUNCE_MS, BENCHMARKS_EVERY_MS, BENCHMARKS_JOB_ID } from './compute-benchmarks';

/**
 * When benchmarks are recomputed: at worker start and then every 24 h, and a minute after any
 * `analytics.updated` (one fixed job id: events arriving while a run is pending join it; one
 * arriving while a run is already going is picked up by the next run at the latest).
 */
export function scheduleBenchmarks(deps: { queue: JobQueue; events: EventBus; log: Logger }): () => void {
  const job = { name: 'benchmarks.compute' as const, payload: {}, jobId: BENCHMARKS_JOB_ID };
  const stopNightly = enqueueEvery(deps.queue, deps.log, job, BENCHMARKS_EVERY_MS);
  const unsubscribe = deps.events.subscribe((event) => {
    if (event.type !== 'analytics.updated') return;
    deps.queue
      .enqueue(job.name, job.payload, { jobId: job.jobId, delayMs: BENCHMARKS_DEBOUNCE_MS })
      .catch((err) => deps.log.error({ err }, 'could not enqueue the benchmarks job'));
  });
  return () => {
    stopNightly();
    unsubscribe();
  };
}
