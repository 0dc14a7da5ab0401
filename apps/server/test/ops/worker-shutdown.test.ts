import { addMembership, connect, insertCompany, insertUser } from '@ayni/db';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posExportBuffer } from '../../../../bench/ingest/generate-pos-export';
import { createDatabase } from '../../../../test/test-database';
import { hashPassword } from '../../src/lib/passwords';
import { eventually } from '../helpers';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../production-env';
import { type SpawnedEntry, spawnEntry } from '../spawn-entry';
import { scaleOutEnv } from './scale-out-env';

const enabled = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);
const LINES = 60_000;
const RUNNING = ['validating', 'importing', 'aggregating'];

/** SIGTERM to a scale-out worker in the middle of an import: it exits 0 and the upload is not lost. */
describe.skipIf(!enabled)('graceful shutdown of api.ts and worker.ts', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let setup: Awaited<ReturnType<typeof scaleOutEnv>>;
  const processes: SpawnedEntry[] = [];

  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
    setup = await scaleOutEnv(database.url, 'shutdown');
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await database?.drop();
  });

  it('finishes or hands back the running import, exits 0, and another worker completes it', async () => {
    const { env, base } = setup;
    const api = spawnEntry('api', env);
    const worker = spawnEntry('worker', { ...env, PORT: '0' });
    processes.push(api, worker);
    await Promise.all([api.waitFor('AYNI API listening'), worker.waitFor('AYNI worker consuming jobs')]);

    const db = connect(database.url, { max: 1 });
    const user = await insertUser(db.db, {
      email: 'cierre@example.cl',
      name: 'Cierre',
      passwordHash: await hashPassword('una clave larga 123'),
    });
    const company = await insertCompany(db.db, {
      name: 'Cierre SpA',
      rut: '76086428-5',
      industry: 'retail',
      size: 'micro',
      region: 'Región del Biobío',
    });
    await addMembership(db.db, company.id, user.id, 'owner');
    await db.close();
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'cierre@example.cl', password: 'una clave larga 123' }),
    });
    const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
    const auth = { authorization: `Bearer ${token}` };

    const { bytes, stats } = posExportBuffer({ lines: LINES });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), 'ventas.csv');
    const posted = await fetch(`${base}/api/v1/companies/${company.id}/uploads`, {
      method: 'POST',
      headers: auth,
      body: form,
    });
    expect(posted.status).toBe(202);
    const uploadId = ((await posted.json()) as { data: { id: string } }).data.id;
    const status = async () =>
      (
        (await (await fetch(`${base}/api/v1/uploads/${uploadId}`, { headers: auth })).json()) as {
          data: { status: string; rows: { accepted: number } };
        }
      ).data;

    // The worker has taken the job: the import is under way.
    await eventually(async () => (RUNNING.includes((await status()).status) ? true : undefined), 60_000);
    const started = Date.now();
    const code = await worker.stop('SIGTERM', 120_000);
    const seconds = (Date.now() - started) / 1000;
    expect(code, worker.output().slice(-3000)).toBe(0);
    expect(seconds).toBeLessThan(120);
    expect(worker.output()).toContain('job worker drained');

    // Either the import finished before the exit, or its job is back in the queue (not failed).
    const after = await status();
    console.info(`worker stopped in ${seconds.toFixed(1)} s; upload ${after.status}`);
    if (after.status !== 'completed') {
      const queue = new Queue('jobs', {
        connection: new Redis(TEST_REDIS_URL as string, { maxRetriesPerRequest: null }),
        prefix: env.AYNI_QUEUE_PREFIX,
      });
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      await queue.close();
      expect(counts.failed).toBe(0);
      expect((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0)).toBeGreaterThan(0);
    }

    // A second worker picks up whatever is left; the upload ends complete with every line.
    const second = spawnEntry('worker', { ...env, PORT: '0' });
    processes.push(second);
    const done = await eventually(async () => {
      const view = await status();
      return view.status === 'completed' || view.status === 'failed' ? view : undefined;
    }, 180_000);
    expect(done.status).toBe('completed');
    expect(done.rows.accepted).toBe(stats.lines);

    await second.waitFor('AYNI worker consuming jobs');
    const secondCode = await second.stop('SIGTERM', 120_000);
    expect(secondCode, second.output().slice(-3000)).toBe(0);
    expect(await api.stop('SIGTERM', 30_000)).toBe(0);
    expect(api.output()).toContain('shutting down');
  }, 420_000);
});
