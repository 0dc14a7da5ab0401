import type { DbHandle } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { eventually } from '../helpers';
import { haveRedisServer, startOwnPostgres, startOwnRedis } from './dependencies';
import { type AppProcess, healthStatus, scaleOutEnv, startProcess, stopAll } from './processes';
import { salesFile } from './sales-file';
import {
  companiesOfOneOwner,
  companyData,
  login,
  ownerPool,
  postUpload,
  waitFinished,
} from './scale-out-client';

const FILE = salesFile({ lines: 60_000, seed: 9 });

// Own PostgreSQL and Redis: the shared ones (5432, 6379) serve every other test.
describe.skipIf(!haveRedisServer)('scale-out: PostgreSQL and Redis restarted mid-upload', () => {
  let postgres: Awaited<ReturnType<typeof startOwnPostgres>>;
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let setup: ReturnType<typeof scaleOutEnv>;
  let db: DbHandle;
  let api: AppProcess;
  let worker: AppProcess;
  let token: string;
  let companyIds: string[];
  let clean: Awaited<ReturnType<typeof companyData>>;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    const database = await createDatabase(postgres.adminUrl);
    setup = scaleOutEnv({ databaseUrl: database.url, redisUrl: redis.url, name: 'restarts' });
    api = await startProcess('api', 'api', setup.env, processes);
    worker = await startProcess('worker', 'worker', setup.env, processes);
    db = ownerPool(database.url);
    const owner = await companiesOfOneOwner(db, 3);
    companyIds = owner.companyIds;
    token = await login(api, owner.email, owner.password);
    // The reference: the same file imported with nothing going wrong.
    const id = await postUpload(api, token, companyIds[0] as string, FILE);
    expect((await waitFinished(api, token, id)).status).toBe('completed');
    clean = await companyData(db, companyIds[0] as string);
    expect(clean).toMatchObject({ lines: FILE.lines, keys: FILE.lines, total: String(FILE.total) });
  }, 600_000);
  afterAll(async () => {
    await stopAll(processes);
    await db?.close().catch(() => {});
    await redis?.stop();
    await postgres?.destroy();
    setup?.cleanup();
  });

  /** Posts the file and resolves once the worker is well into its import transaction. */
  async function uploadUntil(companyId: string, percent: number) {
    const id = await postUpload(api, token, companyId, FILE);
    await eventually(async () => {
      const row = (await db.pool.query('select progress from uploads where id = $1', [id])).rows[0];
      return row && row.progress >= percent ? true : undefined;
    }, 300_000);
    return id;
  }

  const healthChecks = async () =>
    (
      (await (await fetch(`${api.base}/api/v1/health`)).json()) as {
        data: { checks: Record<string, string> };
      }
    ).data.checks;

  it('PostgreSQL stopped mid-import: health says 503, then recovers, and the job retries to the same data', async () => {
    const companyId = companyIds[1] as string;
    const id = await uploadUntil(companyId, 45);
    await postgres.stop();
    await eventually(async () => ((await healthStatus(api)) === 503 ? true : undefined), 30_000);
    expect((await healthChecks()).database).toBe('fail');
    await postgres.start();
    // The same processes: their pools open new connections once PostgreSQL is back.
    await eventually(async () => ((await healthStatus(api)) === 200 ? true : undefined), 60_000);
    const done = await waitFinished(api, token, id);
    expect(done.status, JSON.stringify(done)).toBe('completed');
    expect(done.rows).toMatchObject({ accepted: FILE.lines, inserted: FILE.lines });
    expect((await db.pool.query('select attempts from uploads where id = $1', [id])).rows[0]?.attempts).toBe(
      2,
    );
    expect(await companyData(db, companyId)).toEqual(clean);
    expect(worker.logs().some((l) => l.msg === 'job failed' && l.job_id === `uploads.process.${id}`)).toBe(
      true,
    );
    expect(await healthStatus(api)).toBe(200);
    expect((await fetch(`${worker.base}/health`)).status).toBe(200);
  }, 600_000);

  it('Redis shut down (NOSAVE) mid-import: health says 503, then recovers, the import completes and new jobs run', async () => {
    const companyId = companyIds[2] as string;
    const id = await uploadUntil(companyId, 45);
    await redis.shutdown();
    await eventually(async () => ((await healthStatus(api)) === 503 ? true : undefined), 30_000);
    expect((await healthChecks()).queue).toBe('fail');
    await redis.restart();
    await eventually(async () => ((await healthStatus(api)) === 200 ? true : undefined), 60_000);
    const done = await waitFinished(api, token, id);
    expect(done.status, JSON.stringify(done)).toBe('completed');
    expect(await companyData(db, companyId)).toEqual(clean);
    // Redis came back empty: the worker still takes new jobs from it.
    const small = salesFile({ lines: 50, seed: 3, documentPrefix: 'after' });
    const next = await waitFinished(api, token, await postUpload(api, token, companyId, small));
    expect(next).toMatchObject({ status: 'completed', rows: { inserted: small.lines } });
    expect((await fetch(`${worker.base}/health`)).status).toBe(200);
  }, 600_000);
});
