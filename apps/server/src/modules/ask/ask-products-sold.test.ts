import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * «¿Cuántos productos distintos vendí?» on the demo data, against plain SQL: the products with a
 * sale line (positive total) on the local days, branch, category and weekdays asked.
 */

interface Answer {
  kind: string;
  answer: string;
  link: string | null;
  values: Array<{ value: number | null; previous?: number | null }>;
}

const LOCAL_DAY = `(sold_at at time zone 'America/Santiago')::date`;

describe('Ask counts the distinct products sold', () => {
  const demo = useDemoAsk();

  const ask = async (question: string) => (await demo.query(question)) as unknown as Answer;
  const sqlProducts = async (where: string) => {
    const { rows } = await demo.t.owner.pool.query<{ n: number }>(
      `select count(distinct sku)::int as n from sale_lines
       where company_id = $1 and total > 0 and ${where}`,
      [demo.owner.company.id],
    );
    return rows[0]?.n ?? -1;
  };

  it('counts the products with a sale in a month, a week, at a branch on Saturdays and in a category', async () => {
    const october = await sqlProducts(`${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`);
    expect(october).toBeGreaterThan(10);
    const answer = await ask('¿Cuántos productos distintos vendí en octubre?');
    expect(answer.values[0]?.value).toBe(october);
    expect(answer.answer).toContain(`Productos distintos vendidos en octubre de 2025: ${october}.`);
    expect(answer.link).toContain('/explore/product?from=2025-10-01&to=2025-10-31');

    const week = await sqlProducts(`${LOCAL_DAY} between '2025-11-10' and '2025-11-16'`);
    expect((await ask('¿Cuántos productos distintos vendí la semana pasada?')).values[0]?.value).toBe(week);

    const saturdays = await sqlProducts(
      `location_name = 'Sucursal Providencia' and extract(isodow from ${LOCAL_DAY}) = 6`,
    );
    const branch = await ask('¿Cuántos productos diferentes vendo en Providencia los sábados?');
    expect(branch.values[0]?.value).toBe(saturdays);

    const bakery = await sqlProducts(
      `category = 'Panadería' and ${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`,
    );
    expect((await ask('cantidad de productos distintos de panadería en octubre')).values[0]?.value).toBe(
      bakery,
    );
  });

  it('compares two months, and does not list them per branch', async () => {
    const answer = await ask('¿Cuántos productos distintos vendí en octubre comparado con septiembre?');
    expect(answer.values[0]?.value).toBe(
      await sqlProducts(`${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`),
    );
    expect(answer.values[0]?.previous).toBe(
      await sqlProducts(`${LOCAL_DAY} between '2025-09-01' and '2025-09-30'`),
    );
    const perBranch = (await demo.ask('¿Qué sucursal vende más productos distintos?')) as unknown as Answer;
    expect(perBranch.kind).toBe('unanswerable');
  });
});
