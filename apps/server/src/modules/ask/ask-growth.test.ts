import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * Growth on the demo data (through Thursday 20 November 2025), against plain SQL over the sale
 * lines: «¿qué mes creció más?» ranks each whole month against the one before it; «crecimiento
 * mensual» is the latest month against the one before it, over the same days.
 */

interface Answer {
  kind: string;
  answer: string;
  values: Array<{
    key: string;
    label: string;
    value: number | null;
    previous?: number | null;
    change_pct?: number | null;
  }>;
}

const LOCAL_DAY = `(sold_at at time zone 'America/Santiago')::date`;

describe('Ask on growth', () => {
  const demo = useDemoAsk();

  const ask = async (question: string) => (await demo.query(question)) as unknown as Answer;
  const sqlRevenue = async (from: string, to: string) => {
    const { rows } = await demo.t.owner.pool.query<{ revenue: string }>(
      `select sum(total)::text as revenue from sale_lines
       where company_id = $1 and ${LOCAL_DAY} between $2::date and $3::date`,
      [demo.owner.company.id, from, to],
    );
    return Number(rows[0]?.revenue);
  };

  it('ranks the whole months by their change against the month before, leaving out those held in part', async () => {
    const { rows } = await demo.t.owner.pool.query<{ month: string; revenue: string; whole: boolean }>(
      `with bounds as (select min(${LOCAL_DAY}) as first, max(${LOCAL_DAY}) as last
                       from sale_lines where company_id = $1)
       select to_char(date_trunc('month', ${LOCAL_DAY}), 'YYYY-MM') as month, sum(total)::text as revenue,
         bool_and(date_trunc('month', ${LOCAL_DAY})::date >= (select first from bounds)
           and (date_trunc('month', ${LOCAL_DAY}) + interval '1 month - 1 day')::date <= (select last from bounds)) as whole
       from sale_lines where company_id = $1 group by 1 order by 1`,
      [demo.owner.company.id],
    );
    const changes = rows.slice(1).flatMap((row, index) => {
      const before = rows[index] as (typeof rows)[number];
      if (!row.whole || !before.whole) return [];
      return [
        { month: row.month, change: Math.round((Number(row.revenue) - Number(before.revenue)) * 100) / 100 },
      ];
    });
    expect(changes.length).toBeGreaterThan(5);
    const expected = [...changes].sort((a, b) => b.change - a.change).slice(0, 5);
    const answer = await ask('¿Qué mes creció más?');
    expect(answer.values.map((v) => v.key)).toEqual(expected.map((e) => e.month));
    expect(answer.answer).toContain('frente al mes anterior');
    // The month running on the last day is held in part: named as left out.
    expect(answer.answer).toContain('noviembre de 2025');
    expect(answer.answer).toMatch(/Sin contar .*noviembre de 2025/);

    const falling = await ask('¿Qué mes cayó más?');
    const fell = changes.filter((c) => c.change < 0).sort((a, b) => a.change - b.change);
    expect(falling.values.map((v) => v.key)).toEqual(fell.slice(0, 5).map((c) => c.month));
    // Only those that fell: one that grew is no answer to «cayó».
    expect(falling.values.every((v) => (v.change_pct ?? 0) < 0)).toBe(true);
  });

  it('gives the monthly growth as the latest month against the last, over the same days', async () => {
    const answer = await ask('¿Cuál es el crecimiento mensual?');
    expect(answer.values[0]?.value).toBe(await sqlRevenue('2025-11-01', '2025-11-20'));
    expect(answer.values[0]?.previous).toBe(await sqlRevenue('2025-10-01', '2025-10-20'));
    expect(answer.answer).toContain('se compara con los mismos días');
  });

  it('reads «¿qué vendo menos?» as the products that sell least', async () => {
    const { rows } = await demo.t.owner.pool.query<{ name: string }>(
      `select product_name as name from sale_lines where company_id = $1
       group by sku, product_name order by sum(total), sku limit 1`,
      [demo.owner.company.id],
    );
    const answer = await ask('¿Qué vendo menos?');
    expect(answer.values[0]?.label).toBe(rows[0]?.name);
  });
});
