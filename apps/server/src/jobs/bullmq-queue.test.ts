import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, silentLog } from '../../test/helpers';
import { TEST_REDIS_URL, uniquePrefix } from '../../test/production-env';
import { BullMqQueue } from './bullmq-queue';
import type { JobOutcome } from './job-queue';

const COMPANY = '5b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const HANGING_WORKER = fileURLToPath(new URL('../../test/fixtures/hanging-worker.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe.skipIf(!TEST_REDIS_URL)('BullMQ job queue (real Redis)', () => {
  const queues: BullMqQueue[] = [];
  const newQueue = (prefix: string, stalledMs = 30_000) => {
    const q = new BullMqQueue(silentLog, {
      redisUrl: TEST_REDIS_URL as string,
      prefix,
      concurrency: 2,
      stalledMs,
    });
    queues.push(q);
    return q;
  };
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
  });

  it('runs a job enqueued by one process in another, with request id and outcome', async () => {
    const prefix = uniquePrefix('run');
    const producer = newQueue(prefix);
    const consumer = newQueue(prefix);
    const seen: Array<{ companyId: string; requestId: string | null }> = [];
    const outcomes: JobOutcome[] = [];
    await consumer.startWorker(
      {
        'analytics.refresh': async ({ companyId }, ctx) =>
          void seen.push({ companyId, requestId: ctx.requestId }),
      },
      (o) => outcomes.push(o),
    );
    const { id } = await producer.enqueue(
      'analytics.refresh',
      { companyId: COMPANY },
      { requestId: 'req-9' },
    );
    await eventually(async () => (outcomes.length > 0 ? true : undefined));
    expect(seen).toEqual([{ companyId: COMPANY, requestId: 'req-9' }]);
    expect(outcomes[0]).toMatchObject({ jobId: id, status: 'completed', name: 'analytics.refresh' });
    expect(await producer.healthy()).toBe(true);
  });

  it('retries a failing job and reports each attempt', async () => {
    const q = newQueue(uniquePrefix('retry'));
    let calls = 0;
    const outcomes: string[] = [];
    await q.startWorker(
      {
        'analytics.refresh': async () => {
          calls++;
          if (calls === 1) throw new Error('transient');
        },
      },
      (o) => outcomes.push(o.status),
    );
    await q.enqueue('analytics.refresh', { companyId: COMPANY });
    await eventually(async () => (outcomes.includes('completed') ? true : undefined));
    expect(calls).toBe(2);
    expect(outcomes).toEqual(['retried', 'completed']);
  });

  it('dedupes a pending job id and counts it in the depth', async () => {
    const q = newQueue(uniquePrefix('dedupe'));
    await q.enqueue('analytics.refresh', { companyId: COMPANY }, { jobId: 'one' });
    await q.enqueue('analytics.refresh', { companyId: COMPANY }, { jobId: 'one' });
    expect(await q.depth()).toBe(1);
  });

  it('runs again a job whose worker process was killed mid-job', async () => {
    const prefix = uniquePrefix('crash');
    const stalledMs = 1500;
    // node --import tsx (not the tsx wrapper) so SIGKILL hits the process that holds the job.
    const args = ['--import', 'tsx', HANGING_WORKER, TEST_REDIS_URL as string, prefix, String(stalledMs)];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    await eventually(async () => (out.includes('ready') ? true : undefined), 20_000);
    const producer = newQueue(prefix, stalledMs);
    const { id } = await producer.enqueue('analytics.refresh', { companyId: COMPANY });
    await eventually(async () => (out.includes('took-job') ? true : undefined));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const outcomes: JobOutcome[] = [];
    const rescuer = newQueue(prefix, stalledMs);
    await rescuer.startWorker({ 'analytics.refresh': async () => {} }, (o) => outcomes.push(o));
    await eventually(async () => (outcomes.length > 0 ? true : undefined), 20_000);
    expect(outcomes[0]).toMatchObject({ jobId: id, status: 'completed' });
  });
});
