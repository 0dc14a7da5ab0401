import type { JobPayload } from '@ayni/contracts';
import { findJob } from '@ayni/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, freshDatabase, silentLog } from '../../test/helpers';
import { InProcessQueue } from './in-process-queue';
import type { JobHandlers, JobOutcome } from './job-queue';

const COMPANY = '3f0b9d1e-6a4c-4c8e-9e57-0d1f2a3b4c5d';

describe('in-process job queue (jobs kept in PostgreSQL)', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let queues: InProcessQueue[];
  const newQueue = (options: Partial<ConstructorParameters<typeof InProcessQueue>[2]> = {}) => {
    const q = new InProcessQueue(fresh.handle.db, silentLog, {
      concurrency: 2,
      stalledMs: 30_000,
      pollMs: 25,
      backoff: () => 10,
      ...options,
    });
    queues.push(q);
    return q;
  };
  const status = async (id: string) => (await findJob(fresh.handle.db, id))?.status;

  beforeEach(async () => {
    fresh = await freshDatabase();
    queues = [];
  });
  afterEach(async () => {
    await Promise.all(queues.map((q) => q.close()));
    await fresh.close();
  });

  it('runs an enqueued job once, with its payload and request id', async () => {
    const seen: Array<{ payload: JobPayload<'analytics.refresh'>; requestId: string | null }> = [];
    const outcomes: JobOutcome[] = [];
    const q = newQueue();
    await q.startWorker(
      { 'analytics.refresh': async (payload, ctx) => void seen.push({ payload, requestId: ctx.requestId }) },
      (o) => outcomes.push(o),
    );
    const { id } = await q.enqueue('analytics.refresh', { companyId: COMPANY }, { requestId: 'req-1' });
    await eventually(async () => ((await status(id)) === 'completed' ? true : undefined));
    expect(seen).toEqual([{ payload: { companyId: COMPANY }, requestId: 'req-1' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['completed']);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    let calls = 0;
    const outcomes: string[] = [];
    const q = newQueue();
    await q.startWorker(
      {
        'analytics.refresh': async () => {
          calls++;
          if (calls < 3) throw new Error(`boom ${calls}`);
        },
      },
      (o) => outcomes.push(o.status),
    );
    const { id } = await q.enqueue('analytics.refresh', { companyId: COMPANY });
    await eventually(async () => ((await status(id)) === 'completed' ? true : undefined));
    expect(calls).toBe(3);
    expect(outcomes).toEqual(['retried', 'retried', 'completed']);
    expect((await findJob(fresh.handle.db, id))?.attempts).toBe(3);
  });

  it('marks a job failed after its last attempt, keeping the error', async () => {
    const q = newQueue({ maxAttempts: 2 });
    await q.startWorker(
      {
        'analytics.refresh': async () => {
          throw new Error('always broken');
        },
      },
      () => {},
    );
    const { id } = await q.enqueue('analytics.refresh', { companyId: COMPANY });
    await eventually(async () => ((await status(id)) === 'failed' ? true : undefined));
    expect(await findJob(fresh.handle.db, id)).toMatchObject({ attempts: 2, last_error: 'always broken' });
  });

  it('picks up a job a crashed process left running', async () => {
    // What a process killed mid-job leaves behind: a row stuck in `running`.
    await fresh.handle.pool.query(
      `insert into jobs (id, name, payload, status, attempts, locked_at)
       values ('orphan', 'analytics.refresh', $1::jsonb, 'running', 1, now())`,
      [JSON.stringify({ companyId: COMPANY })],
    );
    const ran: string[] = [];
    const handlers: JobHandlers = { 'analytics.refresh': async ({ companyId }) => void ran.push(companyId) };
    await newQueue().startWorker(handlers, () => {});
    await eventually(async () => ((await status('orphan')) === 'completed' ? true : undefined));
    expect(ran).toEqual([COMPANY]);
  });

  it('queues a job id only once while it is pending, and again once finished', async () => {
    const q = newQueue();
    await q.enqueue('analytics.refresh', { companyId: COMPANY }, { jobId: 'same' });
    await q.enqueue('analytics.refresh', { companyId: COMPANY }, { jobId: 'same' });
    expect(await q.depth()).toBe(1);
    let runs = 0;
    await q.startWorker({ 'analytics.refresh': async () => void runs++ }, () => {});
    await eventually(async () => ((await status('same')) === 'completed' ? true : undefined));
    await q.enqueue('analytics.refresh', { companyId: COMPANY }, { jobId: 'same' });
    await eventually(async () => (runs === 2 ? true : undefined));
    expect(runs).toBe(2);
  });

  it('refuses a payload that does not match the job schema', async () => {
    const q = newQueue();
    await expect(
      q.enqueue('analytics.refresh', { companyId: 'not-a-uuid' } as JobPayload<'analytics.refresh'>),
    ).rejects.toThrow();
    expect(await q.depth()).toBe(0);
  });

  it('waits for running jobs to finish on close', async () => {
    let finished = false;
    const q = newQueue();
    await q.startWorker(
      {
        'analytics.refresh': async () => {
          await new Promise((r) => setTimeout(r, 200));
          finished = true;
        },
      },
      () => {},
    );
    const { id } = await q.enqueue('analytics.refresh', { companyId: COMPANY });
    await eventually(async () => ((await status(id)) === 'running' ? true : undefined));
    await q.close();
    expect(finished).toBe(true);
    expect(await status(id)).toBe('completed');
  });
});
