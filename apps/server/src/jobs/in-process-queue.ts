import { randomUUID } from 'node:crypto';
import { type JobName, type JobPayload, jobPayloadSchemas } from '@ayni/contracts';
import {
  claimNextJob,
  completeJob,
  countJobsByStatus,
  type Database,
  failJob,
  insertJob,
  requeueStaleJobs,
} from '@ayni/db';
import type { Logger } from 'pino';
import {
  backoffMs,
  type EnqueueOptions,
  type JobHandlers,
  type JobOutcome,
  type JobQueue,
  MAX_ATTEMPTS,
} from './job-queue';

interface Options {
  concurrency: number;
  /** A job `running` longer than this belongs to a dead process and is run again. */
  stalledMs: number;
  pollMs?: number;
  /** Delay before retry `attempt + 1`; defaults to exponential backoff. */
  backoff?: (attempt: number) => number;
  maxAttempts?: number;
}

/** Jobs stored in PostgreSQL and run inside this process: nothing to install, nothing lost on a crash. */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private running = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private handlers: JobHandlers | undefined;
  private onOutcome: ((o: JobOutcome) => void) | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly options: Options,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}) {
    const id = options.jobId ?? randomUUID();
    const valid = jobPayloadSchemas[name].parse(payload);
    await insertJob(this.db, {
      id,
      name,
      payload: valid,
      maxAttempts: this.options.maxAttempts ?? MAX_ATTEMPTS,
      requestId: options.requestId ?? null,
      delayMs: options.delayMs ?? 0,
    });
    this.kick();
    return { id };
  }

  async startWorker(handlers: JobHandlers, onOutcome: (o: JobOutcome) => void) {
    this.handlers = handlers;
    this.onOutcome = onOutcome;
    // In embedded mode this process is the only worker: whatever was running died with the last one.
    const recovered = await requeueStaleJobs(this.db, 0);
    if (recovered > 0) this.log.warn({ recovered }, 'requeued jobs left running by a previous process');
    this.kick();
  }

  private kick() {
    if (!this.handlers || this.stopped) return;
    clearTimeout(this.timer);
    while (this.running < this.options.concurrency) {
      this.running++;
      const p: Promise<void> = this.runOne()
        .catch(() => false)
        .then((ran) => {
          this.running--;
          this.inFlight.delete(p);
          if (ran) this.kick();
        });
      this.inFlight.add(p);
    }
    this.timer = setTimeout(() => this.kick(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  /** Runs the next ready job if any; returns whether one ran. */
  private async runOne(): Promise<boolean> {
    if (this.stopped || !this.handlers) return false;
    const job = await claimNextJob(this.db).catch((err) => {
      this.log.error({ err }, 'could not claim a job');
      return undefined;
    });
    if (!job) return false;
    const started = performance.now();
    const name = job.name as JobName;
    const log = this.log.child({
      job_id: job.id,
      job: name,
      request_id: job.request_id,
      attempt: job.attempts,
    });
    try {
      const handler = this.handlers[name] as (p: unknown, c: unknown) => Promise<void>;
      if (!handler) throw new Error(`no handler for job ${name}`);
      const payload = jobPayloadSchemas[name].parse(job.payload);
      await handler(payload, { jobId: job.id, attempt: job.attempts, requestId: job.request_id });
      await completeJob(this.db, job.id);
      log.info('job completed');
      this.report(job.id, name, payload, 'completed', started);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = job.attempts >= job.max_attempts;
      const delay = (this.options.backoff ?? backoffMs)(job.attempts);
      await failJob(this.db, job.id, message, final ? null : delay).catch(() => {});
      log.error({ err }, final ? 'job failed for good' : 'job failed, will retry');
      this.report(job.id, name, job.payload, final ? 'failed' : 'retried', started, message);
    }
    return true;
  }

  private report(
    jobId: string,
    name: JobName,
    payload: unknown,
    status: JobOutcome['status'],
    started: number,
    error?: string,
  ) {
    this.onOutcome?.({ jobId, name, payload, status, error, seconds: (performance.now() - started) / 1000 });
  }

  async depth() {
    const counts = await countJobsByStatus(this.db);
    return counts.queued ?? 0;
  }

  async healthy() {
    return !this.stopped;
  }

  /** Stops taking jobs and waits for the ones running to finish. */
  async close() {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }
}
