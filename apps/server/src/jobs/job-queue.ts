import type { JobName, JobPayload } from '@ayni/contracts';

export interface JobContext {
  jobId: string;
  attempt: number;
  requestId: string | null;
}

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<void>;
/** A worker may run only some jobs (tests do); the app's worker runs them all (`createJobHandlers`). */
export type JobHandlers = { [N in JobName]?: JobHandler<N> };

export interface EnqueueOptions {
  /** Same id while a job is pending means the same job: enqueueing it again is a no-op. */
  jobId?: string;
  requestId?: string | null;
  /** Run no earlier than this many ms from now (debounce: later enqueues of the same id join it). */
  delayMs?: number;
}

export interface JobOutcome {
  jobId: string;
  name: JobName;
  payload: unknown;
  status: 'completed' | 'failed' | 'retried';
  error?: string;
  seconds: number;
}

/**
 * The one queue interface; adapters: in-process (jobs kept in PostgreSQL) and BullMQ (Redis).
 * Both re-run work a crashed process left unfinished, so handlers must be idempotent.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'bullmq';
  enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options?: EnqueueOptions,
  ): Promise<{ id: string }>;
  /** Starts consuming jobs with these handlers; `onOutcome` hears every finished attempt. */
  startWorker(handlers: JobHandlers, onOutcome: (outcome: JobOutcome) => void): Promise<void>;
  depth(): Promise<number>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export const MAX_ATTEMPTS = 5;

/** Exponential backoff: 1 s, 2 s, 4 s, ... capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 1), 300_000);
}
