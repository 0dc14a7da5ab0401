import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { SELLER_SALES_CSV } from '../../../test/seller-sales';
import { uploadAndWait } from '../../../test/upload-helpers';

interface Row {
  seller?: string | null;
  payment_method?: string | null;
  revenue: number;
  gross_sales: number;
  returned_amount: number;
  transactions: number;
  returns: number;
  avg_ticket: number | null;
  commission?: number | null;
}

describe('sales by seller and by payment method', () => {
  let t: TestApp;
  let token: string;
  let companyId: string;
  const get = async (path: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${companyId}/${path}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; meta: { total: number; period: unknown } };
  };

  beforeAll(async () => {
    t = await buildTestApp();
    const owner = await createOwner(t.db, 'Vendedores');
    companyId = owner.company.id;
    token = await loginAs(t.app, owner.email, owner.password);
    const upload = await uploadAndWait(t.app, token, companyId, {
      name: 'ventas.csv',
      content: SELLER_SALES_CSV,
    });
    expect(upload.rows).toMatchObject({ accepted: 7, rejected: 0 });
  });
  afterAll(() => t.close());

  it('stores the seller and the payment method as fields, not as extra columns', async () => {
    const stored = await t.owner.pool.query(
      `select document_id, seller, payment_method, extra from sale_lines where company_id = $1
       order by document_id, line_no`,
      [companyId],
    );
    expect(stored.rows.map((r) => [r.document_id, r.seller, r.payment_method, r.extra])).toEqual([
      ['101', 'Ana', 'EFECTIVO', null],
      ['101', 'Ana', 'EFECTIVO', null],
      ['102', 'Ana', 'DEBITO', null],
      ['103', 'Beto', 'CREDITO', null],
      ['104', 'Beto', 'CREDITO', null],
      ['105', null, 'EFECTIVO', null],
      ['201', 'Ana', 'DEBITO', null],
    ]);
  });

  it('sums each seller’s sales, tickets and commissions in the days asked', async () => {
    const october = await get('sellers?from=2025-10-01&to=2025-10-31');
    expect(october.meta.period).toEqual({ from: '2025-10-01', to: '2025-10-31' });
    const pick = (r: Row) => [
      r.seller,
      r.revenue,
      r.gross_sales,
      r.returned_amount,
      r.transactions,
      r.returns,
      r.avg_ticket,
      r.commission,
    ];
    // Beto: 30.000 sold, 10.000 taken back by the credit note; Ana: tickets 101 and 102.
    expect(october.data.map(pick)).toEqual([
      ['Beto', 20000, 30000, 10000, 1, 1, 20000, 200],
      ['Ana', 19000, 19000, 0, 2, 0, 9500, 190],
      [null, 2000, 2000, 0, 1, 0, 2000, null],
    ]);
    const all = await get('sellers?sort=seller');
    // Lines without a seller come last, whatever the order.
    expect(all.data.map((r) => [r.seller, r.revenue])).toEqual([
      ['Ana', 26000],
      ['Beto', 20000],
      [null, 2000],
    ]);
    const north = await get('sellers?location=Norte');
    expect(north.data.map((r) => [r.seller, r.revenue])).toEqual([
      ['Ana', 4000],
      [null, 2000],
    ]);
  });

  it('sums sales by payment method, and agrees with PostgreSQL over the stored lines', async () => {
    const methods = await get('payment-methods?from=2025-10-01&to=2025-11-30');
    const sql = await t.owner.pool.query<{ payment_method: string; revenue: string; tickets: number }>(
      `select payment_method, sum(total)::text as revenue,
         count(distinct document_id) filter (where total > 0)::int as tickets
       from sale_lines where company_id = $1 group by 1 order by sum(total) desc`,
      [companyId],
    );
    expect(methods.data.map((r) => [r.payment_method, r.revenue, r.transactions])).toEqual(
      sql.rows.map((r) => [r.payment_method, Number(r.revenue), r.tickets]),
    );
    expect(methods.data.map((r) => [r.payment_method, r.revenue])).toEqual([
      ['CREDITO', 20000],
      ['EFECTIVO', 17000],
      ['DEBITO', 11000],
    ]);
    const cashOnTuesdays = await get('payment-methods?weekdays=3&sort=payment_method');
    expect(cashOnTuesdays.data.map((r) => [r.payment_method, r.revenue])).toEqual([
      ['DEBITO', 4000],
      ['EFECTIVO', 15000],
    ]);
  });
});
