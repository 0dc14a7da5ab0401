import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posFile } from '../../../test/fixtures/pos-export';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait } from '../../../test/upload-helpers';

// End to end: a real upload (test/fixtures/pos-export.ts: 17.460 on Sun 5 Oct 2025, 11.238 on
// the 6th, −2.490 on the 7th; 26.208 in all) and the shipped snapshot's UF, dólar and IPC.
describe('macro fields of /metrics after a real upload', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db, 'Macro real');
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, companyId, posFile());
    expect(upload.status).toBe('completed');
  });
  afterAll(() => t.close());

  const metrics = async (grain: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${companyId}/metrics?grain=${grain}`,
        headers: bearer(token),
      })
    ).json();

  it('converts the month over the days the data covers (5–7 October)', async () => {
    const month = await metrics('month');
    // UF 39 485,65 all three days → 26 208 / 39 485,65 = 0,66 UF.
    // Dólar: Sunday the 5th carries Friday's 961,54; then 963,17 and 963,09 → mean 962,60 → 27,23 USD.
    // Real, pesos of August 2026 (latest IPC): × Π(Nov 2025 … Aug 2026) = 1,03751835 → 27 191,28.
    expect(month.data[0]).toMatchObject({
      period: '2025-10',
      revenue: 26208,
      revenue_uf: 0.66,
      revenue_usd: 27.23,
      revenue_real: 27191.28,
      revenue_real_yoy_pct: null,
    });
    expect(month.data[0].nulls.revenue_real_yoy_pct).toBe('NO_SAME_PERIOD_LAST_YEAR');
    expect(month.meta.macro).toMatchObject({ base_month: '2026-08', ipc_through: '2026-08' });
  });

  it('converts to the base month the owner sets, from the next read on', async () => {
    expect((await metrics('month')).meta.macro.base_month).toBe('2026-08'); // cached now
    const saved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${companyId}/settings`,
      headers: bearer(token),
      payload: { real_base_month: '2025-10' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const month = await metrics('month');
    // Pesos of October 2025 are the month's own: real revenue is the revenue itself.
    expect(month.meta.macro).toMatchObject({ base_month: '2025-10' });
    expect(month.data[0]).toMatchObject({ period: '2025-10', revenue: 26208, revenue_real: 26208 });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/companies/${companyId}/settings`,
      headers: bearer(token),
      payload: { real_base_month: null },
    });
    expect((await metrics('month')).meta.macro.base_month).toBe('2026-08');
  });

  it('converts each day at its own rate, a Sunday at Friday’s dólar', async () => {
    const days = (await metrics('day')).data as { period: string; revenue_usd: number }[];
    // 17 460 / 961,54 = 18,16 USD.
    expect(days.map((d) => [d.period, d.revenue_usd])).toEqual([
      ['2025-10-05', 18.16],
      ['2025-10-06', 11.67], // 11 238 / 963,17
      ['2025-10-07', -2.59], // −2 490 / 963,09
    ]);
  });
});
