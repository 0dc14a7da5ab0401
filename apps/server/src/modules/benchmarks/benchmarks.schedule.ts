import type { Logger } from 'pino';
import type { EventBus } from '../../events/event-bus';
import type { JobQueue } from '../../jobs/job-queue';
import { enqueueEvery } from '../../jobs/schedule';
import { BENCHMARKS_DEBOUNCE_MS, BENCHMARKS_EVERY_MS, BENCHMARKS_JOB_ID } from './compute-benchmarks';

/**
 * The run that follows the `analytics.updated` events of one minute: every event of the same
 * minute gets the same job id (they join one run at the end of that minute), and an event that
 * arrives while a run is going falls in a later minute, so it gets a run of its own.
 */
export function debouncedRun(now: number): { jobId: string; delayMs: number } {
  const window = Math.floor(now / BENCHMARKS_DEBOUNCE_MS);
  return { jobId: `${BENCHMARKS_JOB_ID}.${window}`, delayMs: (window + 1) * BENCHMARKS_DEBOUNCE_MS - now };
}

/**
 * The run for an `analytics.updated` event. After a quiet minute (no event in this one or the
 * one before) the first event runs at once, so a first upload (or the demo's first refresh)
 * shows its comparison in seconds, not at the end of the minute; the events that follow join
 * the debounced run. Every worker computes the same ids, so they enqueue one run between them.
 */
export function runForEvent(now: number, lastEventAt: number | null): { jobId: string; delayMs: number } {
  const window = Math.floor(now / BENCHMARKS_DEBOUNCE_MS);
  const quiet = lastEventAt === null || Math.floor(lastEventAt / BENCHMARKS_DEBOUNCE_MS) < window - 1;
  return quiet ? { jobId: `${BENCHMARKS_JOB_ID}.${window}.first`, delayMs: 0 } : debouncedRun(now);
}

/** When benchmarks are recomputed: at worker start, then every 24 h, and after analytics.updated. */
export function scheduleBenchmarks(deps: {
  queue: JobQueue;
  events: EventBus;
  log: Logger;
  clock?: () => number;
}): () => void {
  const job = { name: 'benchmarks.compute' as const, payload: {}, jobId: BENCHMARKS_JOB_ID };
  const stopNightly = enqueueEvery(deps.queue, deps.log, job, BENCHMARKS_EVERY_MS);
  let lastEventAt: number | null = null;
  const unsubscribe = deps.events.subscribe((event) => {
    if (event.type !== 'analytics.updated') return;
    const now = (deps.clock ?? Date.now)();
    const run = runForEvent(now, lastEventAt);
    lastEventAt = now;
    deps.queue
      .enqueue(job.name, job.payload, run)
      .catch((err) => deps.log.error({ err }, 'could not enqueue the benchmarks job'));
  });
  return () => {
    stopNightly();
    unsubscribe();
  };
}
