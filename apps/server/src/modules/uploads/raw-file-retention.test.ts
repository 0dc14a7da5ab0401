import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import {
  bearer,
  buildTestApp,
  createOwner,
  loginAs,
  pollUntil,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { purgeDeletedCompanies } from '../companies/company-deletion.service';
import { purgeRawFiles } from './raw-file-retention';

describe('raw files: kept for the retention period, then deleted; the imported lines stay', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('deletes originals older than RAW_FILE_RETENTION_DAYS and only those', async () => {
    const owner = await createOwner(t.db);
    const token = await loginAs(t.app, owner.email, owner.password);
    const old = await uploadAndWait(t.app, token, owner.company.id, posFile());
    const recent = await uploadAndWait(t.app, token, owner.company.id, posFile());
    await t.owner.pool.query(`update uploads set created_at = now() - interval '16 days' where id = $1`, [
      old.id,
    ]);
    const keyOf = async (id: string) =>
      (await t.owner.pool.query('select storage_key from uploads where id = $1', [id])).rows[0]
        .storage_key as string;
    expect(await t.storage.exists(await keyOf(old.id))).toBe(true);

    const result = await purgeRawFiles({
      db: t.db,
      storage: t.storage,
      log: silentLog,
      rawFileRetentionDays: 15,
      clock: Date.now,
    });
    expect(result.purged).toBeGreaterThanOrEqual(1);
    expect(await t.storage.exists(await keyOf(old.id))).toBe(false);
    expect(await t.storage.exists(await keyOf(recent.id))).toBe(true);
    const marked = await t.owner.pool.query('select raw_deleted_at from uploads where id = $1', [old.id]);
    expect(marked.rows[0].raw_deleted_at).toBeInstanceOf(Date);
    const lines = await t.owner.pool.query(
      'select count(*)::int as n from sale_lines where company_id = $1',
      [owner.company.id],
    );
    expect(lines.rows[0].n).toBe(5);

    // A second sweep finds nothing more to do.
    const again = await purgeRawFiles({
      db: t.db,
      storage: t.storage,
      log: silentLog,
      rawFileRetentionDays: 15,
      clock: Date.now,
    });
    expect(again).toEqual({ purged: 0, alreadyGone: 0, failed: 0 });
  });

  it('purging a deleted company also deletes its stored files', async () => {
    const owner = await createOwner(t.db, 'Gone');
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, posFile());
    const key = (await t.owner.pool.query('select storage_key from uploads where id = $1', [upload.id]))
      .rows[0].storage_key as string;
    // A purge comes 30 days after the deletion, long after the upload's level files were built:
    // wait for them (the job writes rows that reference the company and the upload).
    const filesReady = async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/uploads/${upload.id}/files`,
        headers: bearer(token),
      });
      return res.json().meta.status === 'ready' ? 1 : 0;
    };
    expect(await pollUntil(filesReady, (ready) => ready === 1, 300)).toBe(1);
    await t.owner.pool.query(
      `update companies set deleted_at = now() - interval '31 days', purge_after = now() - interval '1 day' where id = $1`,
      [owner.company.id],
    );
    expect(await purgeDeletedCompanies(t.db.db, silentLog, t.storage)).toBeGreaterThanOrEqual(1);
    expect(await t.storage.exists(key)).toBe(false);
  });
});
