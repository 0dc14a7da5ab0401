import { findJob, inCompany, insertSaleLines, type SaleLineInput } from '@ayni/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saleLine } from '../../../test/fixtures/sale-line';
import { bearer, buildTestApp, createOwner, eventually, loginAs, type TestApp } from '../../../test/helpers';

const line = saleLine;

// Hand-checked fixture: a late-night January sale (already February in UTC), a weighed
// product, a credit note and a March sale.
const FIXTURE: SaleLineInput[] = [
  line({
    documentId: 'B-1',
    lineNo: 1,
    localTime: '2026-01-31T23:30:00',
    sku: 'A',
    quantity: 2,
    total: 2000,
  }),
  line({
    documentId: 'B-1',
    lineNo: 2,
    localTime: '2026-01-31T23:30:00',
    sku: 'B',
    unit: 'kg',
    quantity: 0.5,
    unitPrice: 5990,
    total: 2995,
    category: 'Carnes',
  }),
  line({ documentId: 'B-2', localTime: '2026-02-01T10:00:00', sku: 'A' }),
  line({
    documentId: 'NC-1',
    localTime: '2026-02-02T11:00:00',
    sku: 'A',
    quantity: -1,
    total: -1000,
    isReturn: true,
  }),
  line({
    documentId: 'B-3',
    localTime: '2026-03-15T12:00:00',
    sku: 'C',
    quantity: 3,
    unitPrice: 500,
    total: 1500,
  }),
];

describe('dashboard summary', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOwner>>;
  let b: Awaited<ReturnType<typeof createOwner>>;
  let tokenA: string;
  let tokenB: string;
  const summaryUrl = (companyId: string, query = '') =>
    `/api/v1/companies/${companyId}/dashboard/summary${query}`;

  beforeAll(async () => {
    t = await buildTestApp();
    a = await createOwner(t.db, 'Alfa');
    b = await createOwner(t.db, 'Beta');
    tokenA = await loginAs(t.app, a.email, a.password);
    tokenB = await loginAs(t.app, b.email, b.password);
    expect(await inCompany(t.db.db, a.company.id, (tx) => insertSaleLines(tx, a.company.id, FIXTURE))).toBe(
      5,
    );
  });
  afterAll(() => t.close());

  it('shows zeros and no refresh time before the analytics job ran', async () => {
    const res = await t.app.inject({ method: 'GET', url: summaryUrl(a.company.id), headers: bearer(tokenA) });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.refreshed_at).toBeNull();
    expect(res.json().data.kpis.revenue).toBe(0);
  });

  it('computes exact figures after a refresh job, with days in the company time zone', async () => {
    const refresh = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${a.company.id}/analytics/refresh`,
      headers: bearer(tokenA),
    });
    expect(refresh.statusCode).toBe(202);
    expect(refresh.json().data).toEqual({
      job_id: `analytics.refresh.${a.company.id}`,
      name: 'analytics.refresh',
    });
    // The request id travels into the job it started.
    const job = await findJob(t.db.db, refresh.json().data.job_id);
    expect(job?.request_id).toBe(refresh.json().meta.request_id);

    const data = await eventually(async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: summaryUrl(a.company.id),
        headers: bearer(tokenA),
      });
      const body = res.json().data;
      return body.refreshed_at ? body : undefined;
    });
    expect(data.kpis).toEqual({ revenue: 6495, tickets: 3, units: 5, average_ticket: 2498, returns: 1000 });
    expect(data.by_month).toEqual([
      { month: '2026-01', revenue: 4995, tickets: 1 },
      { month: '2026-02', revenue: 0, tickets: 1 },
      { month: '2026-03', revenue: 1500, tickets: 1 },
    ]);
    expect(data.top_products).toEqual([
      { sku: 'B', name: 'Producto B', category: 'Carnes', revenue: 2995, units: 0.5, unit: 'kg' },
      { sku: 'A', name: 'Producto A', category: 'Abarrotes', revenue: 2000, units: 2, unit: 'un' },
      { sku: 'C', name: 'Producto C', category: 'Abarrotes', revenue: 1500, units: 3, unit: 'un' },
    ]);
  });

  it('filters by period, inclusive on both ends', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: summaryUrl(a.company.id, '?from=2026-02-01&to=2026-02-28'),
      headers: bearer(tokenA),
    });
    const data = res.json().data;
    expect(data.period).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(data.kpis).toEqual({ revenue: 0, tickets: 1, units: 0, average_ticket: 1000, returns: 1000 });
    expect(data.top_products).toEqual([
      { sku: 'A', name: 'Producto A', category: 'Abarrotes', revenue: 0, units: 0, unit: 'un' },
    ]);
  });

  it('re-running the refresh and re-importing the same lines changes nothing', async () => {
    expect(await inCompany(t.db.db, a.company.id, (tx) => insertSaleLines(tx, a.company.id, FIXTURE))).toBe(
      0,
    );
    const { id } = await t.queue.enqueue('analytics.refresh', { companyId: a.company.id });
    await eventually(async () => ((await findJob(t.db.db, id))?.status === 'completed' ? true : undefined));
    const res = await t.app.inject({ method: 'GET', url: summaryUrl(a.company.id), headers: bearer(tokenA) });
    expect(res.json().data.kpis.revenue).toBe(6495);
  });

  it('rejects a reversed or malformed period', async () => {
    const reversed = await t.app.inject({
      method: 'GET',
      url: summaryUrl(a.company.id, '?from=2026-03-01&to=2026-02-01'),
      headers: bearer(tokenA),
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details[0].field).toBe('querystring.from');
    const malformed = await t.app.inject({
      method: 'GET',
      url: summaryUrl(a.company.id, '?from=01-02-2026'),
      headers: bearer(tokenA),
    });
    expect(malformed.statusCode).toBe(400);
  });

  it("answers 404 for another tenant's company, for an unknown one, and 401 without a token", async () => {
    const other = await t.app.inject({
      method: 'GET',
      url: summaryUrl(a.company.id),
      headers: bearer(tokenB),
    });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('6495');
    const refresh = await t.app.inject({
      method: 'POST',
      url: `/api/v1/companies/${a.company.id}/analytics/refresh`,
      headers: bearer(tokenB),
    });
    expect(refresh.statusCode).toBe(404);
    const unknown = await t.app.inject({
      method: 'GET',
      url: summaryUrl('8a0d8a3e-1f5c-4c1e-9d2a-0e6f3b1c2d4e'),
      headers: bearer(tokenA),
    });
    expect(unknown.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: summaryUrl(a.company.id) });
    expect(anonymous.statusCode).toBe(401);
    const own = await t.app.inject({ method: 'GET', url: summaryUrl(b.company.id), headers: bearer(tokenB) });
    expect(own.json().data.kpis.revenue).toBe(0);
  });
});
