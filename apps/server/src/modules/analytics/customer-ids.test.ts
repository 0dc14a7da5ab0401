import { FEATURE_ROWS_VERSION } from '@ayni/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  buildTestApp,
  createOwner,
  eventually,
  loginAs,
  silentLog,
  type TestApp,
} from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';
import { queueOutdatedFeatureRefreshes } from './outdated-features';

const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente';

/** A customer's RUT is one customer however each file writes it. */
describe('customer ids', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const customerRows = async (companyId: string) => {
    const res = await t.owner.pool.query<{ entity: string; revenue: number }>(
      `select entity, (values->>'revenue')::float8 as revenue from feature_rows
       where company_id = $1 and level = 'customer' order by entity`,
      [companyId],
    );
    return res.rows.map((row) => `${row.entity}:${row.revenue}`);
  };
  const monthCustomers = async (companyId: string) => {
    const res = await t.owner.pool.query<{ customers: number }>(
      `select (values->>'customers')::int as customers from feature_rows
       where company_id = $1 and level = 'month' and period = '2025-10'`,
      [companyId],
    );
    return res.rows[0]?.customers;
  };

  it('counts a RUT written with dots in one file and without in another as one customer', async () => {
    const owner = await createOwner(t.db, 'RUT con y sin puntos');
    const token = await loginAs(t.app, owner.email, owner.password);
    const dotted = [
      HEADER,
      '01/10/2025 10:00;B1;P1;1;5000;12.345.678-5',
      '01/10/2025 11:00;B2;P1;1;3000;6.000.000-k',
    ];
    const plain = [
      HEADER,
      '02/10/2025 10:00;B3;P1;1;2000;12345678-5',
      '02/10/2025 11:00;B4;P1;1;1000;6000000-K',
    ];
    expect(
      (await uploadAndWait(t.app, token, owner.company.id, { name: 'a.csv', content: dotted.join('\n') }))
        .status,
    ).toBe('completed');
    expect(
      (await uploadAndWait(t.app, token, owner.company.id, { name: 'b.csv', content: plain.join('\n') }))
        .status,
    ).toBe('completed');

    expect(await customerRows(owner.company.id)).toEqual(['12345678-5:7000', '6000000-K:4000']);
    expect(await monthCustomers(owner.company.id)).toBe(2);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/customers/${encodeURIComponent('12345678-5')}`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    // The same file again changes nothing: its lines are stored as it now reads them.
    const again = await uploadAndWait(t.app, token, owner.company.id, {
      name: 'a.csv',
      content: dotted.join('\n'),
    });
    expect(again.rows).toMatchObject({ accepted: 2, inserted: 0, updated: 0, unchanged: 2 });
  });

  it('rebuilds, when a worker starts, the figures of companies another engine version built', async () => {
    const owner = await createOwner(t.db, 'Cifras de otra versión');
    const other = await createOwner(t.db, 'Cifras al día');
    const token = await loginAs(t.app, owner.email, owner.password);
    const otherToken = await loginAs(t.app, other.email, other.password);
    const lines = [
      HEADER,
      '01/10/2025 10:00;B1;P1;1;5000;11111111-1',
      '02/10/2025 10:00;B2;P1;1;2000;22222222-2',
    ];
    for (const [company, bearerToken] of [
      [owner.company.id, token],
      [other.company.id, otherToken],
    ] as const) {
      const view = await uploadAndWait(t.app, bearerToken, company, {
        name: 'v.csv',
        content: lines.join('\n'),
      });
      expect(view.status).toBe('completed');
    }
    expect(await monthCustomers(owner.company.id)).toBe(2);
    // As a migration leaves a company: its lines rewritten, its figures marked for a rebuild.
    await t.owner.pool.query(
      `update sale_lines set customer_id = '11111111-1' where company_id = $1 and document_id = 'B2'`,
      [owner.company.id],
    );
    await t.owner.pool.query(`update feature_state set rows_version = null where company_id = $1`, [
      owner.company.id,
    ]);

    const queued = await queueOutdatedFeatureRefreshes({ db: t.db, queue: t.queue, log: silentLog });
    expect(queued).toContain(owner.company.id);
    expect(queued).not.toContain(other.company.id);
    await eventually(async () => ((await monthCustomers(owner.company.id)) === 1 ? true : undefined));
    expect(await customerRows(owner.company.id)).toEqual(['11111111-1:7000']);
    const state = await t.owner.pool.query('select rows_version from feature_state where company_id = $1', [
      owner.company.id,
    ]);
    expect(state.rows[0].rows_version).toBe(FEATURE_ROWS_VERSION);
    expect(await queueOutdatedFeatureRefreshes({ db: t.db, queue: t.queue, log: silentLog })).not.toContain(
      owner.company.id,
    );
    expect(await monthCustomers(other.company.id)).toBe(2);
  });
});
