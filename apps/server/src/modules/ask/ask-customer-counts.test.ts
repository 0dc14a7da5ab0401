import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * Distinct customers of any slice and the customers who came back, on the demo data, against
 * plain SQL over the sale lines: a customer counts when they have a line with a positive total
 * on the local days, branch, product, weekdays or hours asked; a returning customer of a period
 * had such a line before it (at that branch, when one is named).
 */

interface Answer {
  kind: string;
  answer: string;
  values: Array<{ value: number | null; previous?: number | null }>;
}

const LOCAL_DAY = `(sold_at at time zone 'America/Santiago')::date`;

describe('Ask counts the customers of any slice and those who came back', () => {
  const demo = useDemoAsk();

  const ask = async (question: string) => (await demo.ask(question)) as unknown as Answer;
  const figure = async (question: string) => {
    const answer = await ask(question);
    expect(answer.kind, `${question}: ${answer.answer}`).toBe('query');
    return answer.values[0]?.value;
  };

  /** Distinct customers with a sale line among the lines `where` keeps. */
  const sqlCustomers = async (where: string, params: unknown[] = []) => {
    const { rows } = await demo.t.owner.pool.query<{ n: number }>(
      `select count(distinct customer_id)::int as n from sale_lines
       where company_id = $1 and customer_id <> '' and total > 0 and ${where}`,
      [demo.owner.company.id, ...params],
    );
    return rows[0]?.n ?? -1;
  };

  /** Customers of from–to (at `location`) with a sale line there before `from`. */
  const sqlReturning = async (from: string, to: string, location: string | null = null) => {
    const { rows } = await demo.t.owner.pool.query<{ n: number }>(
      `with sales as (
         select customer_id, ${LOCAL_DAY} as day from sale_lines
         where company_id = $1 and customer_id <> '' and total > 0
           and ($4::text is null or location_name = $4))
       select count(distinct customer_id)::int as n from sales s
       where s.day between $2::date and $3::date
         and exists (select 1 from sales b where b.customer_id = s.customer_id and b.day < $2::date)`,
      [demo.owner.company.id, from, to, location],
    );
    return rows[0]?.n ?? -1;
  };

  it('counts the distinct customers of a free range, a product, a weekday, some hours and all the data', async () => {
    const range = await sqlCustomers(`${LOCAL_DAY} between '2025-10-01' and '2025-10-15'`);
    expect(range).toBeGreaterThan(0);
    expect(await figure('¿Cuántos clientes compraron entre el 1 y el 15 de octubre?')).toBe(range);

    const product = await sqlCustomers(
      `sku = 'PAN-001' and ${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`,
    );
    expect(await figure('¿Cuántos clientes compraron pan marraqueta en octubre?')).toBe(product);

    const saturdays = await sqlCustomers(
      `extract(isodow from ${LOCAL_DAY}) = 6 and ${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`,
    );
    expect(await figure('¿Cuántos clientes vinieron los sábados de octubre?')).toBe(saturdays);

    const mornings = await sqlCustomers(
      `extract(hour from sold_at at time zone 'America/Santiago') between 6 and 11
       and ${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`,
    );
    expect(await figure('¿Cuántos clientes compraron en la mañana en octubre?')).toBe(mornings);

    const ever = await sqlCustomers('true');
    expect(await figure('¿Cuántos clientes tengo?')).toBe(ever);
    // The slices differ, so no figure above is another's by chance.
    expect(new Set([range, product, saturdays, mornings, ever]).size).toBe(5);
  });

  it('compares a month in progress with the same days of the one before', async () => {
    const answer = await ask('¿Cuántos clientes tuve este mes vs el mes pasado?');
    expect(answer.kind).toBe('query');
    expect(answer.values[0]).toMatchObject({
      value: await sqlCustomers(`${LOCAL_DAY} between '2025-11-01' and '2025-11-20'`),
      previous: await sqlCustomers(`${LOCAL_DAY} between '2025-10-01' and '2025-10-20'`),
    });
    expect(answer.answer).toContain('se compara con los mismos días');
  });

  it('counts the customers who came back in a month, a range, at a branch and ever', async () => {
    const october = await sqlReturning('2025-10-01', '2025-10-31');
    expect(october).toBeGreaterThan(0);
    const answer = await ask('¿Cuántos clientes volvieron a comprar en octubre?');
    expect(answer.values[0]?.value).toBe(october);
    expect(answer.answer).toContain('Clientes que volvieron a comprar en octubre de 2025');

    const range = await sqlReturning('2025-10-01', '2025-10-15');
    expect(await figure('¿Cuántos clientes volvieron a comprar entre el 1 y el 15 de octubre?')).toBe(range);

    const branch = await sqlReturning('2025-10-01', '2025-10-31', 'Sucursal Providencia');
    expect(await figure('¿Cuántos clientes volvieron a comprar en Providencia en octubre?')).toBe(branch);
    expect(await figure('returning customers in september')).toBe(
      await sqlReturning('2025-09-01', '2025-09-30'),
    );

    // Over all the data: those who bought on more than one day.
    const { rows } = await demo.t.owner.pool.query<{ n: number }>(
      `select count(*)::int as n from (
         select customer_id from sale_lines
         where company_id = $1 and customer_id <> '' and total > 0
         group by 1 having count(distinct ${LOCAL_DAY}) > 1) c`,
      [demo.owner.company.id],
    );
    expect(await figure('¿Cuántos clientes volvieron a comprar?')).toBe(rows[0]?.n);
    expect(new Set([october, range, branch, rows[0]?.n]).size).toBe(4);
  });

  it('counts the customers with more than one ticket in a month, of a product and ever', async () => {
    /** Identified customers with two documents or more with a sale among the lines `where` keeps. */
    const sqlRepeat = async (where: string) => {
      const { rows } = await demo.t.owner.pool.query<{ n: number }>(
        `select count(*)::int as n from (
           select customer_id from sale_lines
           where company_id = $1 and customer_id <> '' and total > 0 and ${where}
           group by 1 having count(distinct document_id) > 1) c`,
        [demo.owner.company.id],
      );
      return rows[0]?.n ?? -1;
    };
    const october = await sqlRepeat(`${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`);
    expect(october).toBeGreaterThan(0);
    const answer = await ask('¿Cuántos clientes compraron más de una vez en octubre?');
    expect(answer.values.map((v) => v.value)).toEqual([october]);
    expect(answer.answer).toContain('Clientes con más de una compra en octubre de 2025');
    const bread = await sqlRepeat(`sku = 'PAN-001' and ${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`);
    expect(await figure('¿cuántos clientes compraron pan marraqueta más de una vez en octubre?')).toBe(bread);
    const ever = await sqlRepeat('true');
    expect(await figure('how many customers bought more than once')).toBe(ever);
    expect(new Set([october, bread, ever]).size).toBe(3);
  });

  it('gives what an identified customer bought on average: their net sales over their number', async () => {
    const sqlPerCustomer = async (where: string) => {
      const { rows } = await demo.t.owner.pool.query<{ revenue: string; n: number }>(
        `with c as (
           select customer_id, sum(total) as revenue, bool_or(total > 0) as bought from sale_lines
           where company_id = $1 and customer_id <> '' and ${where} group by customer_id)
         select sum(revenue) filter (where bought)::text as revenue, count(*) filter (where bought)::int as n
         from c`,
        [demo.owner.company.id],
      );
      const row = rows[0] as { revenue: string; n: number };
      return Math.round((Number(row.revenue) * 100) / row.n) / 100;
    };
    const october = await sqlPerCustomer(`${LOCAL_DAY} between '2025-10-01' and '2025-10-31'`);
    expect(october).toBeGreaterThan(0);
    const answer = await ask('¿Cuánto gasta en promedio un cliente en octubre?');
    expect(answer.values.map((v) => v.value)).toEqual([october]);
    expect(answer.answer).toContain('las ventas sin cliente no cuentan');
    const branch = await sqlPerCustomer(`location_name = 'Sucursal Providencia'`);
    expect(await figure('¿cuánto gastan mis clientes en Providencia?')).toBe(branch);
    expect(await figure('gasto promedio por cliente')).toBe(await sqlPerCustomer('true'));
    expect(branch).not.toBe(october);
  });

  it('refuses a figure of a kind of customer and returning customers of a product', async () => {
    for (const question of [
      '¿Cuál es el ticket promedio de los clientes nuevos?',
      'revenue from returning customers',
      '¿Cuánto vendí a clientes sin RUT?',
      '¿Cuántos clientes frecuentes tengo?',
    ]) {
      const answer = await ask(question);
      expect(answer.kind, question).toBe('unanswerable');
      expect(answer.values, question).toEqual([]);
    }
    const english = await ask('average ticket of new customers');
    expect(english.answer).toContain('I do not split sales');
    const product = await ask('¿Cuántos clientes volvieron a comprar pan marraqueta en octubre?');
    expect(product.kind).toBe('unanswerable');
    expect(product.answer).toContain('el producto «Pan marraqueta»');
  });
});
