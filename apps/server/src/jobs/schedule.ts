import type { JobName, JobPayload } from '@ayni/contracts';
import type { Logger } from 'pino';
import type { JobQueue } from './job-queue';

/**
 * Enqueues a job now and then every `everyMs`, always under the same job id: while one is
 * pending, enqueueing it again is a no-op, so any number of workers may run this schedule.
 * Returns the function that stops it.
 */
export function enqueueEvery<N extends JobName>(
  queue: JobQueue,
  log: Logger,
  job: { name: N; payload: JobPayload<N>; jobId: string },
  everyMs: number,
): () => void {
  let stopped = false;
  const run = () => {
    if (stopped) return;
    queue
      .enqueue(job.name, job.payload, { jobId: job.jobId })
      .catch((err) => log.error({ err, job: job.name }, 'could not enqueue a scheduled job'));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
