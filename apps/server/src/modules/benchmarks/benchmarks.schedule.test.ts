import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, silentLog } from '../../../test/helpers';
import { InProcessEventBus } from '../../events/event-bus';
import { InProcessQueue } from '../../jobs/in-process-queue';
import { scheduleBenchmarks } from './benchmarks.schedule';
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

  it('runs at start, then a minute after analytics.updated, once for a burst of events', async () => {
    const queue = new InProcessQueue(fresh.handle.db, silentLog, { concurrency: 1, stalledMs: 30_000 });
    const events = new InProcessEventBus();
    const job = async () =>
      (
        await fresh.owner.pool.query(
          `select status, extract(epoch from run_at - now())::float8 as wait from jobs where id = $1`,
          [BENCHMARKS_JOB_ID],
        )
      ).rows;
    const stop = scheduleBenchmarks({ queue, events, log: silentLog });
    await new Promise((r) => setTimeout(r, 200));
    expect(await job()).toMatchObject([{ status: 'queued' }]);
    expect((await job())[0].wait).toBeLessThanOrEqual(0); // the start-up run is due now

    // The start-up run finished: the next event queues one run a minute later…
    await fresh.owner.pool.query(`update jobs set status = 'completed' where id = $1`, [BENCHMARKS_JOB_ID]);
    await events.publish(updated);
    await new Promise((r) => setTimeout(r, 200));
    const [first] = await job();
    expect(first.status).toBe('queued');
    expect(first.wait).toBeGreaterThan(55);
    // …and further events while it waits join it instead of pushing it back or adding runs.
    await events.publish(updated);
    await events.publish({ ...updated, type: 'analytics.updated' });
    await new Promise((r) => setTimeout(r, 200));
    const after = await job();
    expect(after).toHaveLength(1);
    expect(after[0].wait).toBeLessThanOrEqual(first.wait);
    stop();
    await queue.close();
    await events.close();
  });
});
