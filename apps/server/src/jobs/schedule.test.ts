import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLog } from '../../test/helpers';
import type { JobQueue } from './job-queue';
import { enqueueEvery } from './schedule';

describe('enqueueEvery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('enqueues at once and then every period, under one job id, until stopped', async () => {
    const calls: Array<{ name: string; jobId: string | undefined }> = [];
    const queue = {
      enqueue: async (name: string, _payload: unknown, options?: { jobId?: string }) => {
        calls.push({ name, jobId: options?.jobId });
        if (calls.length === 2) throw new Error('queue down for a moment');
        return { id: options?.jobId ?? 'x' };
      },
    } as unknown as JobQueue;
    const stop = enqueueEvery(
      queue,
      silentLog,
      { name: 'companies.purge', payload: {}, jobId: 'sweep' },
      1000,
    );
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2500);
    // A failed enqueue is logged, and the next period tries again.
    expect(calls).toHaveLength(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => `${c.name}/${c.jobId}`))).toEqual(new Set(['companies.purge/sweep']));
  });
});
