import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import { buildTestApp, createOwner, loginAs, silentLog, type TestApp } from '../../../test/helpers';
import { postUpload, waitForUpload } from '../../../test/upload-helpers';
import { createJobHandlers } from '../../jobs/handlers';
import { companyImportLockKey } from '../../lib/company-import-lock';
import { resumeStalledUploads, STALLED_AFTER_MS } from './resume-uploads';

describe('resuming uploads whose import job was lost or gave up', () => {
  let t: TestApp;
  const later = () => Date.now() + STALLED_AFTER_MS + 60_000;
  const sweep = (clock: () => number) =>
    resumeStalledUploads({ db: t.db, queue: t.queue, log: silentLog, clock });
  const resumeJobs = async (uploadId: string) =>
    (await t.owner.pool.query('select status from jobs where id = $1', [`uploads.resume.${uploadId}`])).rows;

  // No worker at first: the uploads' jobs are marked failed before anything could run them.
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: false });
  });
  afterAll(async () => t?.close());

  /** An upload left `queued` with its job failed for good, as after a long database outage. */
  async function lostUpload() {
    const owner = await createOwner(t.db, 'Perdida');
    const token = await loginAs(t.app, owner.email, owner.password);
    const res = await postUpload(t.app, token, owner.company.id, posFile());
    expect(res.statusCode).toBe(202);
    const uploadId = res.json().data.id as string;
    await t.owner.pool.query(
      `update jobs set status = 'failed', last_error = 'database down' where id = $1`,
      [`uploads.process.${uploadId}`],
    );
    return { owner, token, uploadId };
  }

  it('leaves a company alone while an import holds its lock', async () => {
    const { owner, uploadId } = await lostUpload();
    const holder = await t.owner.pool.connect();
    try {
      await holder.query('select pg_advisory_lock(hashtextextended($1, 0))', [
        companyImportLockKey(owner.company.id),
      ]);
      await sweep(later);
      expect(await resumeJobs(uploadId)).toEqual([]);
    } finally {
      await holder.query('select pg_advisory_unlock_all()');
      holder.release();
    }
  });

  it('queues the import again once the upload is older than the threshold, and it completes', async () => {
    const { owner, token, uploadId } = await lostUpload();
    await sweep(Date.now);
    expect(await resumeJobs(uploadId)).toEqual([]);

    await sweep(later);
    expect(await resumeJobs(uploadId)).toEqual([{ status: 'queued' }]);
    await t.queue.startWorker(
      createJobHandlers({
        db: t.db,
        log: silentLog,
        storage: t.storage,
        events: t.events,
        queue: t.queue,
        rawFileRetentionDays: 15,
      }),
      () => {},
    );
    const view = await waitForUpload(t.app, token, uploadId);
    expect(view.error ?? null).toBeNull();
    expect(view.status).toBe('completed');
    expect(view.rows.accepted).toBeGreaterThan(0);
    const lines = await t.owner.pool.query(
      'select count(*)::int as n from sale_lines where company_id = $1',
      [owner.company.id],
    );
    expect(lines.rows[0].n).toBe(view.rows.inserted);
  });
});
