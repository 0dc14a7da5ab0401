import type { DbHandle } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/test-database';
import { eventually } from '../helpers';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../production-env';
import { type AppProcess, importedBy, scaleOutEnv, startProcess, stopAll } from './processes';
import { salesFile } from './sales-file';
import {
  companiesOfOneOwner,
  companyData,
  listen,
  login,
  ownerPool,
  postUpload,
  waitFinished,
} from './scale-out-client';

const enabled = Boolean(TEST_DATABASE_URL && TEST_REDIS_URL);

describe.skipIf(!enabled)('scale-out: 2 API + 2 worker processes', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let setup: ReturnType<typeof scaleOutEnv>;
  let db: DbHandle;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    database = await createDatabase(TEST_DATABASE_URL as string);
    setup = scaleOutEnv({ databaseUrl: database.url, redisUrl: TEST_REDIS_URL as string, name: 'topology' });
    // The first process migrates; the others start once the schema is there.
    await startProcess('api', 'api-1', setup.env, processes);
    await Promise.all([
      startProcess('api', 'api-2', setup.env, processes),
      startProcess('worker', 'worker-1', setup.env, processes),
      startProcess('worker', 'worker-2', setup.env, processes),
    ]);
    db = ownerPool(database.url);
  });
  afterAll(async () => {
    await stopAll(processes);
    await db?.close();
    await database?.drop();
    setup?.cleanup();
  });

  it('imports 20 uploads of 5 companies on both workers and pushes their events to a socket on the other API', async () => {
    const byName = (name: string) => processes.find((p) => p.name === name) as AppProcess;
    const [api1, api2, worker1, worker2] = ['api-1', 'api-2', 'worker-1', 'worker-2'].map(byName) as [
      AppProcess,
      AppProcess,
      AppProcess,
      AppProcess,
    ];
    const owner = await companiesOfOneOwner(db, 5);
    const socket = await listen(api1, await login(api1, owner.email, owner.password));
    const token = await login(api2, owner.email, owner.password);

    // Round robin over the companies: the first jobs in the queue are for different companies.
    const posted: Array<{ id: string; companyId: string; file: ReturnType<typeof salesFile> }> = [];
    for (let round = 0; round < 4; round++) {
      for (const [c, companyId] of owner.companyIds.entries()) {
        const file = salesFile({
          lines: 300 + 40 * c + round,
          seed: 100 * c + round + 1,
          documentPrefix: `R${round}`,
        });
        posted.push({ id: await postUpload(api2, token, companyId, file), companyId, file });
      }
    }

    for (const upload of posted) {
      const done = await waitFinished(api2, token, upload.id);
      expect(done.status, JSON.stringify(done)).toBe('completed');
      expect(done.rows).toMatchObject({
        total: upload.file.lines,
        accepted: upload.file.lines,
        inserted: upload.file.lines,
      });
    }
    for (const companyId of owner.companyIds) {
      const files = posted.filter((p) => p.companyId === companyId).map((p) => p.file);
      expect(await companyData(db, companyId)).toMatchObject({
        lines: files.reduce((n, f) => n + f.lines, 0),
        keys: files.reduce((n, f) => n + f.lines, 0),
        total: String(files.reduce((n, f) => n + f.total, 0)),
      });
    }

    // Every upload imported exactly once, and both workers did some of them.
    // Each `upload imported` line is written just after the commit the API already shows.
    await eventually(async () =>
      importedBy(worker1).length + importedBy(worker2).length >= posted.length ? true : undefined,
    ).catch(() => {});
    const byWorker1 = importedBy(worker1);
    const byWorker2 = importedBy(worker2);
    expect([...byWorker1, ...byWorker2].sort()).toEqual(posted.map((p) => p.id).sort());
    expect(byWorker1.length, worker1.output().slice(-2000)).toBeGreaterThan(0);
    expect(byWorker2.length, worker2.output().slice(-2000)).toBeGreaterThan(0);
    // The API processes import nothing.
    expect(importedBy(api1)).toEqual([]);
    expect(importedBy(api2)).toEqual([]);

    // API #1's socket heard the progress and the completion of every upload posted through API #2.
    const heard = (id: string) => socket.events.filter((e) => e.upload_id === id).map((e) => e.type);
    await eventually(async () =>
      posted.every((p) => heard(p.id).includes('upload.completed')) ? true : undefined,
    ).catch(() => {});
    for (const upload of posted) {
      expect(heard(upload.id), upload.id).toContain('upload.progress');
      expect(heard(upload.id), upload.id).toContain('upload.completed');
    }
    socket.close();
  }, 600_000);
});
