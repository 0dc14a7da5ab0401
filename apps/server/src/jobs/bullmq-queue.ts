import { randomUUID } from 'node:crypto';
import { type JobName, type JobPayload, jobPayloadSchemas } from '@ayni/contracts';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { withTimeout } from '../lib/with-timeout';
import {
  backoffMs,
  type EnqueueOptions,
  type JobHandlers,
  type JobOutcome,
  type JobQueue,
  MAX_ATTEMPTS,
} from './job-queue';

interface Options {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  /** Lock time of a running job; a worker that dies loses the lock and the job is run again. */
  stalledMs: number;
}

const QUEUE_NAME = 'jobs';

interface Envelope {
  payload: unknown;
  requestId: string | null;
}

/** BullMQ needs clients that wait on Redis forever rather than fail a command. */
function redisClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** Jobs through BullMQ on Redis: any number of API processes enqueue, any number of workers run them. */
export class BullMqQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(
    private readonly log: Logger,
    private readonly options: Options,
  ) {
    this.queue = new Queue(QUEUE_NAME, {
      connection: redisClient(options.redisUrl),
      prefix: options.prefix,
      defaultJobOptions: {
        attempts: MAX_ATTEMPTS,
        backoff: { type: 'custom' },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
    this.queue.on('error', (err) => this.log.error({ err }, 'job queue connection error'));
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}) {
    const valid = jobPayloadSchemas[name].parse(payload);
    const data: Envelope = { payload: valid, requestId: options.requestId ?? null };
    const jobId = options.jobId ?? randomUUID();
    // A finished job with the same id would make BullMQ ignore the new one: clear it first.
    const previous = await this.queue.getJob(jobId);
    if (previous && ((await previous.isCompleted()) || (await previous.isFailed()))) {
      await previous.remove().catch(() => {});
    }
    const job = await this.queue.add(name, data, { jobId, delay: options.delayMs ?? 0 });
    return { id: job.id ?? jobId };
  }

  async startWorker(handlers: JobHandlers, onOutcome: (o: JobOutcome) => void) {
    const processor = async (job: Job<Envelope>) => {
      const name = job.name as JobName;
      const handler = handlers[name] as (p: unknown, c: unknown) => Promise<void>;
      if (!handler) throw new Error(`no handler for job ${name}`);
      const payload = jobPayloadSchemas[name].parse(job.data.payload);
      // Which worker ran which attempt: with several workers, the logs say where a job went.
      this.log.info(
        { job_id: job.id, job: name, attempt: job.attemptsMade + 1, request_id: job.data.requestId },
        'job started',
      );
      await handler(payload, { jobId: job.id, attempt: job.attemptsMade + 1, requestId: job.data.requestId });
    };
    const worker = new Worker<Envelope>(QUEUE_NAME, processor, {
      connection: redisClient(this.options.redisUrl),
      prefix: this.options.prefix,
      concurrency: this.options.concurrency,
      lockDuration: this.options.stalledMs,
      stalledInterval: Math.max(1000, Math.floor(this.options.stalledMs / 2)),
      maxStalledCount: MAX_ATTEMPTS,
      settings: { backoffStrategy: (attemptsMade: number) => backoffMs(attemptsMade) },
    });
    worker.on('completed', (job) => {
      const seconds = ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000;
      onOutcome({
        jobId: String(job.id),
        name: job.name as JobName,
        payload: job.data.payload,
        status: 'completed',
        seconds,
      });
    });
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? MAX_ATTEMPTS);
      const seconds = ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000;
      this.log.error({ err, job_id: job.id, job: job.name, request_id: job.data.requestId }, 'job failed');
      onOutcome({
        jobId: String(job.id),
        name: job.name as JobName,
        payload: job.data.payload,
        status: final ? 'failed' : 'retried',
        error: err.message,
        seconds,
      });
    });
    worker.on('error', (err) => this.log.error({ err }, 'job worker error'));
    await worker.waitUntilReady();
    this.worker = worker;
  }

  async depth() {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'prioritized');
    return (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0);
  }

  async healthy() {
    try {
      await withTimeout(this.queue.getJobCounts('waiting'), 2000, 'redis');
      return true;
    } catch {
      return false;
    }
  }

  async close() {
    await this.worker?.close();
    await this.queue.close();
  }
}
