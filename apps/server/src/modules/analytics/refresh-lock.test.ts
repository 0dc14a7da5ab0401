import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { companyImportLockKey } from '../../lib/company-import-lock';
import { runRefresh } from './analytics.service';

/**
 * A full recompute (the refresh job: a settings change, the demo seed, the refresh endpoint)
 * waits for the company's import lock: it never writes figures of the lines as they were
 * before an import or deletion that commits while it runs.
 */
describe('a refresh and an import of the same company', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ startWorker: true });
  });
  afterAll(() => t.close());

  it('take turns on the import lock', async () => {
    const owner = await createOwner(t.db, 'Por turnos');
    const token = await loginAs(t.app, owner.email, owner.password);
    const content = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto\n03/11/2025 10:00;B1;P1;1;5000\n';
    const view = await uploadAndWait(t.app, token, owner.company.id, { name: 'ventas.csv', content });
    expect(view.status).toBe('completed');

    const lock = await t.owner.pool.connect();
    await lock.query('select pg_advisory_lock(hashtextextended($1, 0))', [
      companyImportLockKey(owner.company.id),
    ]);
    let done = false;
    const refresh = runRefresh(t.db, owner.company.id).then((result) => {
      done = true;
      return result;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(done).toBe(false);
      // While it waits, lines change as an import would change them.
      await lock.query(`update sale_lines set total = 7000 where company_id = $1 and document_id = 'B1'`, [
        owner.company.id,
      ]);
    } finally {
      await lock.query('select pg_advisory_unlock(hashtextextended($1, 0))', [
        companyImportLockKey(owner.company.id),
      ]);
      lock.release();
    }
    const { features } = await refresh;
    expect(features.lines).toBe(1);
    const day = await t.owner.pool.query<{ revenue: string }>(
      `select values->>'revenue' as revenue from feature_rows
       where company_id = $1 and level = 'day' and period = '2025-11-03'`,
      [owner.company.id],
    );
    expect(Number(day.rows[0]?.revenue)).toBe(7000);
  });
});
