import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, silentLog } from '../../../test/helpers';
import { InProcessEventBus } from '../../events/event-bus';
import { InProcessQueue } from '../../jobs/in-process-queue';
import { debouncedRun, scheduleBenchmarks } from './benchmarks.schedule';
import { BENCHMARKS_JOB_ID } from './compute-benchmarks';

const updated = {
  type: 'analytics.updated' as const,
  company_id: '3f0b9d1e-6a4c-4c8e-9e57-0d1f2a3b4c5d',
  upload_id: null,
  status: null,
  rows: null,
  from: null,
  to: null,
  at: '2025-10-01T00:00:00Z',
};

describe('benchmarks schedule', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    fresh = await freshDatabase();
  });
  afterAll(() => fresh.close());

  it('gives the events of one minute one run at the end of that minute, and later ones another', () => {
    expect(debouncedRun(120_000 + 15_000)).toEqual({ jobId: `${BENCHMARKS_JOB_ID}.2`, delayMs: 45_000 });
    expect(debouncedRun(120_000 + 59_999)).toEqual({ jobId: `${BENCHMARKS_JOB_ID}.2`, delayMs: 1 });
    expect(debouncedRun(180_000)).toEqual({ jobId: `${BENCHMARKS_JOB_ID}.3`, delayMs: 60_000 });
  });

  it('runs at start, then at the end of the minute of analytics.updated, once for a burst', async () => {
    const queue = new InProcessQueue(fresh.handle.db, silentLog, { concurrency: 1, stalledMs: 30_000 });
    const events = new InProcessEventBus();
    const job = async () =>
      (
        await fresh.owner.pool.query(
          `select id, status, extract(epoch from run_at - now())::float8 as wait from jobs
             where name = 'benchmarks.compute' and status = 'queued' order by id`,
        )
      ).rows;
    let now = 1_000_000 * 60_000 + 5_000; // 5 s into a minute
    const stop = scheduleBenchmarks({ queue, events, log: silentLog, clock: () => now });
    await new Promise((r) => setTimeout(r, 200));
    expect(await job()).toMatchObject([{ id: BENCHMARKS_JOB_ID }]);
    expect((await job())[0].wait).toBeLessThanOrEqual(0); // the start-up run is due now
    await fresh.owner.pool.query(`update jobs set status = 'completed' where id = $1`, [BENCHMARKS_JOB_ID]);

    // Three events in the same minute: one run, 55 s later (the end of the minute).
    await events.publish(updated);
    now += 10_000;
    await events.publish(updated);
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    const burst = await job();
    expect(burst).toHaveLength(1);
    expect(burst[0].wait).toBeGreaterThan(50);
    expect(burst[0].wait).toBeLessThanOrEqual(55);
    // An event of the next minute (say, while that run is going) gets a run of its own.
    now += 60_000;
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    expect(await job()).toHaveLength(2);
    stop();
    await queue.close();
    await events.close();
  });
});
