import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * A product's or a category's figure over days that are not whole months (a week, a few days,
 * the same days of last month) is summed from its own lines of those days, as plain SQL sums
 * them: never the whole months around them. The demo data ends on Thursday 20 November 2025.
 */

interface Answer {
  kind: string;
  answer: string;
  values: Array<{ label: string; value: number | null; previous?: number | null; unit?: string | null }>;
}

describe('Ask sums a product or a category over the exact days asked', () => {
  const demo = useDemoAsk();

  const ask = async (question: string) => (await demo.query(question)) as unknown as Answer;

  /** Net sales (pesos) and quantity of the lines of `column = value` over the local days from–to. */
  const sqlSums = async (column: 'sku' | 'category', value: string, from: string, to: string) => {
    const { rows } = await demo.t.owner.pool.query<{ revenue: string; units: string }>(
      `select coalesce(sum(total), 0)::text as revenue, coalesce(sum(quantity), 0)::text as units
       from sale_lines where company_id = $1 and ${column} = $2
         and (sold_at at time zone 'America/Santiago')::date between $3::date and $4::date`,
      [demo.owner.company.id, value, from, to],
    );
    return { revenue: Number(rows[0]?.revenue), units: Number(rows[0]?.units) };
  };

  it("gives a product's sales and kilos of last week, not of the months around it", async () => {
    // Last week: Monday 10 to Sunday 16 November.
    const week = await sqlSums('sku', 'PAN-001', '2025-11-10', '2025-11-16');
    const month = await sqlSums('sku', 'PAN-001', '2025-11-01', '2025-11-30');
    expect(week.revenue).toBeGreaterThan(0);
    expect(week.revenue).not.toBe(month.revenue);
    const sales = await ask('¿Cuánto vendí de pan marraqueta la semana pasada?');
    expect(sales.values[0]?.value).toBe(week.revenue);
    expect(sales.answer).not.toContain('meses completos');
    const kilos = await ask('¿Cuántos kilos de pan marraqueta vendí la semana pasada?');
    expect(kilos.values[0]?.value).toBeCloseTo(week.units, 3);
    expect(kilos.answer).toMatch(/ kg\./);
  });

  it("gives a category's sales of a few days, and of this month against the same days of the last", async () => {
    const days = await sqlSums('category', 'Lácteos', '2025-10-01', '2025-10-10');
    const answer = await ask('¿Cuánto vendí de lácteos del 1 al 10 de octubre?');
    expect(answer.values[0]?.value).toBe(days.revenue);

    const compared = await ask('ventas de lácteos este mes vs el mes pasado');
    expect(compared.values[0]).toMatchObject({
      value: (await sqlSums('category', 'Lácteos', '2025-11-01', '2025-11-20')).revenue,
      previous: (await sqlSums('category', 'Lácteos', '2025-10-01', '2025-10-20')).revenue,
    });
    expect(compared.answer).toContain('se compara con los mismos días');
    // Whole months stay the stored monthly figure, equal to the lines' sum.
    const october = await ask('¿Cuánto vendí de lácteos en octubre?');
    expect(october.values[0]?.value).toBe(
      (await sqlSums('category', 'Lácteos', '2025-10-01', '2025-10-31')).revenue,
    );
  });

  it('ranks the branches by their sales and tickets of a day or a week, not of its months', async () => {
    const sqlBranches = async (from: string, to: string) => {
      const { rows } = await demo.t.owner.pool.query<{ branch: string; revenue: string; tickets: number }>(
        `select location_name as branch, sum(total)::text as revenue,
           count(distinct document_id) filter (where total > 0)::int as tickets
         from sale_lines where company_id = $1
           and (sold_at at time zone 'America/Santiago')::date between $2::date and $3::date
         group by location_name order by sum(total) desc, location_name`,
        [demo.owner.company.id, from, to],
      );
      return rows.map((r) => ({ label: r.branch, revenue: Number(r.revenue), tickets: r.tickets }));
    };
    const yesterday = await sqlBranches('2025-11-19', '2025-11-19');
    expect(yesterday.length).toBeGreaterThan(1);
    const sales = await ask('¿Qué sucursal vendió más ayer?');
    expect(sales.values.map((v) => [v.label, v.value])).toEqual(yesterday.map((b) => [b.label, b.revenue]));
    expect(sales.answer).not.toContain('meses completos');

    const week = await sqlBranches('2025-11-10', '2025-11-16');
    const tickets = await ask('¿Qué sucursal tuvo más boletas la semana pasada?');
    const byTickets = [...week].sort((a, b) => b.tickets - a.tickets || a.label.localeCompare(b.label));
    expect(tickets.values.map((v) => [v.label, v.value])).toEqual(byTickets.map((b) => [b.label, b.tickets]));
  });
});
