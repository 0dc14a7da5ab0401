import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, silentLog } from '../../../test/helpers';
import { InProcessEventBus } from '../../events/event-bus';
import { InProcessQueue } from '../../jobs/in-process-queue';
import { debouncedRun, runForEvent, scheduleBenchmarks } from './benchmarks.schedule';
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

  it('runs a first event at once, then one run at the end of the minute for a burst', () => {
    expect(runForEvent(120_000 + 15_000, null)).toEqual({
      jobId: `${BENCHMARKS_JOB_ID}.2.first`,
      delayMs: 0,
    });
    expect(runForEvent(120_000 + 15_000, 10_000)).toEqual({
      jobId: `${BENCHMARKS_JOB_ID}.2.first`,
      delayMs: 0,
    });
    expect(runForEvent(120_000 + 15_000, 60_000)).toEqual(debouncedRun(135_000));
    expect(runForEvent(120_000 + 15_000, 125_000)).toEqual(debouncedRun(135_000));
  });

  it('runs at start, then after analytics.updated: at once after a quiet minute, else once per minute', async () => {
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

    // The first event after a quiet minute runs at once.
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    const first = await job();
    expect(first).toMatchObject([{ id: `${BENCHMARKS_JOB_ID}.1000000.first` }]);
    expect(first[0].wait).toBeLessThanOrEqual(0);
    await fresh.owner.pool.query(`update jobs set status = 'completed' where id = $1`, [first[0].id]);

    // Three more events in the same minute: one run, 55 s later (the end of the minute).
    now += 10_000;
    await events.publish(updated);
    await events.publish(updated);
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    const burst = await job();
    expect(burst).toHaveLength(1);
    expect(burst[0].wait).toBeGreaterThan(40);
    expect(burst[0].wait).toBeLessThanOrEqual(45);
    // An event of the next minute (say, while that run is going) gets a run of its own, at
    // the end of that minute: the minute before was not quiet.
    now += 60_000;
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    const next = await job();
    expect(next).toHaveLength(2);
    expect(next[1].wait).toBeGreaterThan(40);
    // After a quiet minute, at once again.
    now += 120_000;
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    expect((await job()).at(-1)).toMatchObject({ id: `${BENCHMARKS_JOB_ID}.1000003.first` });
    stop();
    await queue.close();
    await events.close();
  });
});
