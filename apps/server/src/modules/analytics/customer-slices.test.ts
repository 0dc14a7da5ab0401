import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOn, postQuestion } from '../../../test/ask-client';
import { BRANCH_SALES, uploadBranchSales } from '../../../test/fixtures/branch-sales';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';

/*
 * Customers at one branch (`/customers?location=`), summed from that branch's lines over the
 * days asked, on the branch sales of `test/fixtures/branch-sales.ts`. Another company sells to
 * 11111111-1 at its own "Centro".
 */
const OTHER_LINES = ['06/10/2025 10:15;X1;P1;Café;Almacen;1;99000;50000;Centro;11111111-1'];

type Row = Record<string, unknown> & { nulls: Record<string, string> };

describe('customers at one branch', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const data = async (path: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}${path}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { data: Row[]; meta: Record<string, unknown> };
  };

  beforeAll(async () => {
    t = await buildTestApp({ askNow: askedOn('2025-11-01') });
    owner = await createOwner(t.db, 'Rebanadas');
    const other = await createOwner(t.db, 'Otra empresa');
    token = await loginAs(t.app, owner.email, owner.password);
    const otherToken = await loginAs(t.app, other.email, other.password);
    await uploadBranchSales(t.app, [
      { token, companyId: owner.company.id, lines: BRANCH_SALES },
      { token: otherToken, companyId: other.company.id, lines: OTHER_LINES },
    ]);
  }, 60_000);
  afterAll(() => t.close());

  it("ranks a branch's customers by their purchases there, computed as a customer row", async () => {
    const centro = await data('/customers?location=Centro');
    expect(centro.meta).toMatchObject({ total: 2, period: null, data_through: '2025-11-01' });
    // 22222222-2: B3 13500 + 2000. 11111111-1: B1 10000 + 3000, NC1 −3000, B6 4500 (not the other company's 99000).
    expect(centro.data.map((c) => [c.customer_id, c.revenue])).toEqual([
      ['22222222-2', 15500],
      ['11111111-1', 14500],
    ]);
    expect(centro.data[1]).toMatchObject({
      gross_sales: 17500,
      returned_amount: 3000,
      units: 3,
      return_lines: 1,
      transactions: 2,
      returns: 1,
      avg_ticket: 7250,
      cost: 9000,
      gross_margin: 5500,
      first_purchase: '2025-10-06',
      last_purchase: '2025-11-01',
      days_since_last_purchase: 0,
      churned: null,
    });
    expect(centro.data[0]).toMatchObject({ transactions: 1, days_since_last_purchase: 19 });
    // Norte's unidentified B4 has no customer row.
    const norte = await data('/customers?location=Norte');
    expect(norte.data.map((c) => [c.customer_id, c.revenue])).toEqual([
      ['22222222-2', 5000],
      ['33333333-3', 1000],
    ]);
  });

  it('keeps the exact days asked, the sort and the page', async () => {
    // From the 7th, 11111111-1 has only the return NC1 at Centro: no purchase, no ticket.
    const range = await data('/customers?location=Centro&from=2025-10-07&to=2025-10-31');
    expect(range.meta).toMatchObject({ period: { from: '2025-10-07', to: '2025-10-31' } });
    expect(range.data.map((c) => [c.customer_id, c.revenue, c.transactions])).toEqual([
      ['22222222-2', 15500, 1],
      ['11111111-1', -3000, 0],
    ]);
    expect(range.data[1]).toMatchObject({ avg_ticket: null, first_purchase: null });
    expect(range.data[1]?.nulls).toMatchObject({ avg_ticket: 'NO_TRANSACTIONS', last_purchase: 'NO_SALES' });
    const paged = await data('/customers?location=Centro&sort=customer_id&page=2&page_size=1');
    expect(paged.data.map((c) => c.customer_id)).toEqual(['22222222-2']);
    expect(paged.meta).toMatchObject({ total: 2, page: 2 });
    const byTickets = await data('/customers?location=Centro&sort=-transactions');
    expect(byTickets.data.map((c) => c.customer_id)).toEqual(['11111111-1', '22222222-2']);
    expect((await data('/customers?location=Sur')).data).toEqual([]);
  });

  it('equals a plain SQL sum over the lines, for every branch and range', async () => {
    const ranges = ['', '&from=2025-10-07&to=2025-10-18', '&from=2025-11-01&to=2025-11-01'];
    for (const location of ['Centro', 'Norte']) {
      for (const range of ranges) {
        const [from, to] = range ? [range.slice(6, 16), range.slice(-10)] : ['2000-01-01', '2100-01-01'];
        const expected = await t.owner.pool.query<{ id: string; revenue: string; tickets: number }>(
          `select customer_id as id, sum(total)::text as revenue,
             count(distinct document_id) filter (where total > 0)::int as tickets
           from sale_lines
           where company_id = $1 and location_name = $2 and customer_id <> ''
             and (sold_at at time zone 'America/Santiago')::date between $3::date and $4::date
           group by 1 order by 1`,
          [owner.company.id, location, from, to],
        );
        const got = await data(`/customers?location=${location}&sort=customer_id${range}`);
        expect(
          got.data.map((c) => [c.customer_id, c.revenue, c.transactions]),
          `${location}${range}`,
        ).toEqual(expected.rows.map((r) => [r.id, Number(r.revenue), r.tickets]));
      }
    }
  });

  const ask = async (question: string, language: 'es' | 'en') => {
    const answer = await postQuestion(t.app, token, owner.company.id, question, language);
    expect(answer.kind, answer.answer).toBe('query');
    return answer as typeof answer & { link: string; values: Array<{ key: string; value: number }> };
  };
  const pairsOf = (values: Array<{ key: string; value: number }>) => values.map((v) => [v.key, v.value]);

  it('answers Ask for the best customers of a branch with these figures and a link to them', async () => {
    const all = await ask('¿quiénes son mis mejores clientes en la sucursal Centro?', 'es');
    expect(pairsOf(all.values)).toEqual([
      ['22222222-2', 15500],
      ['11111111-1', 14500],
    ]);
    expect(all.link).toBe(`/c/${owner.company.id}/explore/customer?sort=-revenue&location=Centro`);
    expect(all.answer).toContain('en Centro');
    // The figures are the branch's days asked, not lifetime profiles.
    expect(all.answer).not.toContain('cubren todo su historial');
    const october = await ask('best customers at the Norte branch from october 7 to october 31', 'en');
    expect(pairsOf(october.values)).toEqual([['22222222-2', 5000]]);
    expect(october.link).toBe(
      `/c/${owner.company.id}/explore/customer?from=2025-10-07&to=2025-10-31&sort=-revenue&location=Norte`,
    );
    expect(october.answer).not.toContain('whole history');
  });
});
