import { inCompany, registerUploadFile } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../../test/fixtures/pos-export';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../../test/helpers';
import { uploadAndWait } from '../../../../test/upload-helpers';

describe('registering a level file while the company is purged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('waits for the purge and records nothing (no deadlock)', async () => {
    const owner = await createOwner(t.db, 'Purgada');
    const token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, owner.company.id, posFile());
    const purge = await t.owner.pool.connect();
    try {
      await purge.query('begin');
      // What purgeCompany does first: the company row, FOR UPDATE.
      await purge.query('select id from companies where id = $1 for update', [owner.company.id]);
      const registering = inCompany(t.db.db, owner.company.id, (tx) =>
        registerUploadFile(tx, owner.company.id, upload.id, {
          name: 'day.csv',
          level: 'day',
          contentType: 'text/csv',
          sizeBytes: 10,
          rows: 1,
          storageKey: `features/${owner.company.id}/${upload.id}/day.csv`,
        }),
      );
      const settled = registering.then(
        (row) => ({ row }),
        (error: Error) => ({ error }),
      );
      // Let the registration reach its locks, then delete as the purge's cascade does.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await purge.query('delete from sale_lines where company_id = $1', [owner.company.id]);
      await purge.query('delete from companies where id = $1', [owner.company.id]);
      await purge.query('commit');
      const outcome = await settled;
      expect('error' in outcome ? outcome.error.message : null).toBeNull();
      expect('row' in outcome ? outcome.row : undefined).toBeNull();
    } finally {
      purge.release();
    }
    const left = await t.owner.pool.query(
      'select count(*)::int as n from upload_files where upload_id = $1',
      [upload.id],
    );
    expect(left.rows[0].n).toBe(0);
  });
});
