import { describe, expect, it } from 'vitest';
import { DEMO_DATA_THROUGH, useDemoAsk } from '../../../test/demo-company';
import { bearer } from '../../../test/helpers';

/*
 * Customers over a period on the demo data: Ask's figures against a plain SQL sum of the
 * customer's lines over the local days asked (not the lifetime profiles), with the compared
 * period summed the same way; without a period, the lifetime profile as before.
 */

interface Answer {
  kind: string;
  answer: string;
  link: string | null;
  values: Array<{ key: string; value: number | null; previous?: number | null; change_pct?: number | null }>;
}

describe('Ask answers customers over the exact days of a period', () => {
  const demo = useDemoAsk();

  const ask = async (question: string) => (await demo.query(question)) as unknown as Answer;

  /** Each identified customer's lines over the local days from–to, best first (ties by id). */
  const sqlCustomers = async (from: string, to: string, customer: string | null = null) => {
    const { rows } = await demo.t.owner.pool.query<{ id: string; revenue: string; tickets: number }>(
      `select customer_id as id, sum(total)::text as revenue,
         count(distinct document_id) filter (where total > 0)::int as tickets
       from sale_lines
       where company_id = $1 and customer_id <> ''
         and (sold_at at time zone 'America/Santiago')::date between $2::date and $3::date
         and ($4::text is null or customer_id = $4)
       group by 1 order by sum(total) desc, 1`,
      [demo.owner.company.id, from, to, customer],
    );
    return rows.map((r) => ({ id: r.id, revenue: Number(r.revenue), tickets: r.tickets }));
  };

  it('ranks the best customers of a period by their purchases in it', async () => {
    for (const [question, from, to, limit] of [
      ['mejores clientes en octubre', '2025-10-01', '2025-10-31', 5],
      ['top 10 customers this year', '2025-01-01', '2025-12-31', 10],
    ] as const) {
      const answer = await ask(question);
      const expected = (await sqlCustomers(from, to)).slice(0, limit);
      expect(expected).toHaveLength(limit);
      expect(
        answer.values.map((v) => [v.key, v.value]),
        question,
      ).toEqual(expected.map((c) => [c.id, c.revenue]));
      // The customers view over those days, sorted by sales (its figures: ask-explorer-links).
      expect(answer.link, question).toBe(
        `/c/${demo.owner.company.id}/explore/customer?from=${from}&to=${to}&sort=-revenue`,
      );
    }
    // Not the lifetime ranking, which stays the answer without a period.
    const october = await ask('mejores clientes en octubre');
    const ever = await ask('mejores clientes');
    expect(ever.values.map((v) => v.value)).not.toEqual(october.values.map((v) => v.value));
    const profiles = await demo.t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${demo.owner.company.id}/customers?page_size=5`,
      headers: bearer(demo.token),
    });
    const top = profiles.json().data as Array<{ customer_id: string; revenue: number }>;
    expect(ever.values.map((v) => [v.key, v.value])).toEqual(top.map((c) => [c.customer_id, c.revenue]));
  });

  it("gives one customer's figure over a period and against another period", async () => {
    const [best] = await sqlCustomers('2025-10-01', '2025-10-31');
    const id = best?.id ?? '';
    expect(id).not.toBe('');
    const october = await ask(`¿cuánto me compró el cliente ${id} en octubre?`);
    expect(october.values.map((v) => v.value)).toEqual([best?.revenue]);
    expect(october.link).toBeNull();

    // This year runs to the data's last day (20 November): last year is summed to 20 November too.
    const [thisYear] = await sqlCustomers('2025-01-01', DEMO_DATA_THROUGH, id);
    const [lastYear] = await sqlCustomers('2024-01-01', '2024-11-20', id);
    const compared = await ask(`ventas del cliente ${id} este año vs el año pasado`);
    expect(compared.values[0]).toMatchObject({ value: thisYear?.revenue, previous: lastYear?.revenue ?? 0 });
    expect(compared.answer).toContain('se compara con los mismos días');
    expect(compared.values[0]?.value).not.toBe(compared.values[0]?.previous);

    const [september] = await sqlCustomers('2025-09-01', '2025-09-30', id);
    const visits = await ask(`cuantas veces compro el cliente ${id} en septiembre`);
    expect(visits.values.map((v) => v.value)).toEqual([september?.tickets ?? 0]);

    // Without a period: the lifetime profile, as `/customers/{id}` gives it.
    const ever = await ask(`Ventas del cliente ${id}`);
    const profile = await demo.t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${demo.owner.company.id}/customers/${id}`,
      headers: bearer(demo.token),
    });
    expect(ever.values.map((v) => v.value)).toEqual([(profile.json().data as { revenue: number }).revenue]);
    expect(ever.link).toBe(`/c/${demo.owner.company.id}/explore/customer?customer=${id}`);
  });

  it('says 0 for a customer who bought nothing in the period', async () => {
    const { rows } = await demo.t.owner.pool.query<{ id: string }>(
      `select customer_id as id from sale_lines where company_id = $1 and customer_id <> ''
       group by 1
       having count(*) filter (where (sold_at at time zone 'America/Santiago')::date
         between '2025-10-01' and '2025-10-31') = 0
       order by 1 limit 1`,
      [demo.owner.company.id],
    );
    const id = rows[0]?.id ?? '';
    expect(id).not.toBe('');
    const answer = await ask(`ventas del cliente ${id} en octubre`);
    expect(answer.values.map((v) => v.value)).toEqual([0]);
  });
});
