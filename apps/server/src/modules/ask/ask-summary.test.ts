import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * «¿Cómo me fue en octubre?»: a summary of a period against the one compared, on the demo data
 * (through Thursday 20 November 2025), each figure checked against plain SQL over the sale lines
 * of the local days asked: net sales, tickets (documents with a positive line), the average
 * ticket, distinct identified customers, the margin of the lines with a cost, and the best
 * product, category and branch by net sales.
 */

interface Value {
  key: string;
  label: string;
  value: number | null;
  previous?: number | null;
  change_pct?: number | null;
}
interface Answer {
  kind: string;
  answer: string;
  values: Value[];
  query: { intent: string } | null;
}

const LOCAL_DAY = `(sold_at at time zone 'America/Santiago')::date`;

interface SqlFigures {
  revenue: number;
  transactions: number;
  customers: number;
  margin: number;
}

describe('Ask sums up a period: «¿cómo me fue?»', () => {
  const demo = useDemoAsk();

  const ask = async (question: string, language?: 'es' | 'en') => {
    const answer = (await demo.ask(question, language)) as unknown as Answer;
    expect(answer.kind, `${question}: ${answer.answer}`).toBe('query');
    expect(answer.query?.intent).toBe('summary');
    return answer;
  };
  const figureOf = (answer: Answer, key: string) => answer.values.find((v) => v.key === key);

  const sqlFigures = async (from: string, to: string, location: string | null = null) => {
    const { rows } = await demo.t.owner.pool.query<Record<string, string>>(
      `select sum(total)::text as revenue,
         count(distinct document_id) filter (where total > 0)::text as transactions,
         count(distinct customer_id) filter (where total > 0 and customer_id <> '')::text as customers,
         sum(total - cost_total) filter (where cost_total is not null)::text as margin
       from sale_lines
       where company_id = $1 and ${LOCAL_DAY} between $2::date and $3::date
         and ($4::text is null or location_name = $4)`,
      [demo.owner.company.id, from, to, location],
    );
    const row = rows[0] as Record<string, string>;
    return {
      revenue: Number(row.revenue),
      transactions: Number(row.transactions),
      customers: Number(row.customers),
      margin: Number(row.margin),
    } satisfies SqlFigures;
  };

  /** The best `column` of the days by net sales (ties by name), with its net sales. */
  const sqlBest = async (column: string, from: string, to: string, location: string | null = null) => {
    const { rows } = await demo.t.owner.pool.query<{ name: string; revenue: string }>(
      `select ${column} as name, sum(total)::text as revenue from sale_lines
       where company_id = $1 and ${LOCAL_DAY} between $2::date and $3::date
         and ($4::text is null or location_name = $4)
       group by ${column} order by sum(total) desc, ${column} limit 1`,
      [demo.owner.company.id, from, to, location],
    );
    return { name: rows[0]?.name, revenue: Number(rows[0]?.revenue) };
  };

  const pct = (now: number, before: number) => Math.round(((now - before) / before) * 10_000) / 100;

  const expectFigures = (answer: Answer, now: SqlFigures, before: SqlFigures) => {
    const revenue = figureOf(answer, 'revenue');
    expect(revenue?.value).toBe(now.revenue);
    expect(revenue?.previous).toBe(before.revenue);
    expect(revenue?.change_pct).toBe(pct(now.revenue, before.revenue));
    expect(figureOf(answer, 'transactions')?.value).toBe(now.transactions);
    expect(figureOf(answer, 'transactions')?.previous).toBe(before.transactions);
    expect(figureOf(answer, 'avg_ticket')?.value).toBeCloseTo(now.revenue / now.transactions, 2);
    expect(figureOf(answer, 'avg_ticket')?.previous).toBeCloseTo(before.revenue / before.transactions, 2);
    expect(figureOf(answer, 'customers')?.value).toBe(now.customers);
    expect(figureOf(answer, 'customers')?.previous).toBe(before.customers);
    expect(figureOf(answer, 'gross_margin')?.value).toBeCloseTo(now.margin, 2);
    expect(figureOf(answer, 'gross_margin')?.previous).toBeCloseTo(before.margin, 2);
  };

  it('gives a month against the one before it, with its best product, category and branch', async () => {
    const answer = await ask('¿Cómo me fue en octubre?');
    const october = await sqlFigures('2025-10-01', '2025-10-31');
    expect(october.revenue).toBeGreaterThan(0);
    expectFigures(answer, october, await sqlFigures('2025-09-01', '2025-09-30'));
    expect(answer.answer.split('\n')[0]).toBe('Resumen de octubre de 2025, frente a septiembre de 2025:');
    const revenue = new Intl.NumberFormat('es-CL').format(october.revenue);
    expect(answer.answer).toContain(`• Venta neta: $${revenue} (`);

    const product = await sqlBest('product_name', '2025-10-01', '2025-10-31');
    const category = await sqlBest('category', '2025-10-01', '2025-10-31');
    const branch = await sqlBest('location_name', '2025-10-01', '2025-10-31');
    for (const [kind, best] of [
      ['product', product],
      ['category', category],
      ['location', branch],
    ] as const) {
      const top = answer.values.find((v) => v.key.startsWith(`${kind}:`));
      expect(top?.label, kind).toBe(best.name);
      expect(top?.value, kind).toBe(best.revenue);
    }
    expect(answer.answer).toContain(`• Producto más vendido: ${product.name} (`);
    expect(answer.answer).toContain(`• Sucursal que más vendió: ${branch.name} (`);
  });

  it('compares a month in progress with the same days of the last one, and says so', async () => {
    const answer = await ask('¿Cómo va el negocio?');
    expectFigures(
      answer,
      await sqlFigures('2025-11-01', '2025-11-20'),
      await sqlFigures('2025-10-01', '2025-10-20'),
    );
    expect(answer.answer).toContain('Resumen del 1 al 20 de noviembre de 2025');
    expect(answer.answer).toContain('se compara con los mismos días');
  });

  it('compares a day with the same weekday a week before, and names the branch of that day', async () => {
    const answer = await ask('¿Cómo me fue ayer?');
    expectFigures(
      answer,
      await sqlFigures('2025-11-19', '2025-11-19'),
      await sqlFigures('2025-11-12', '2025-11-12'),
    );
    // The branch's sales of that day alone, not of its month.
    const branch = await sqlBest('location_name', '2025-11-19', '2025-11-19');
    const top = answer.values.find((v) => v.key.startsWith('location:'));
    expect(top?.label).toBe(branch.name);
    expect(top?.value).toBe(branch.revenue);
  });

  it('sums up one branch, without naming a best branch', async () => {
    const answer = await ask('¿Qué tal estuvo octubre en Providencia?');
    expectFigures(
      answer,
      await sqlFigures('2025-10-01', '2025-10-31', 'Sucursal Providencia'),
      await sqlFigures('2025-09-01', '2025-09-30', 'Sucursal Providencia'),
    );
    expect(answer.answer).toContain('en Sucursal Providencia');
    expect(answer.values.some((v) => v.key.startsWith('location:'))).toBe(false);
    const product = await sqlBest('product_name', '2025-10-01', '2025-10-31', 'Sucursal Providencia');
    expect(answer.values.find((v) => v.key.startsWith('product:'))?.value).toBe(product.revenue);
  });

  it('answers in English, and a named figure stays a figure', async () => {
    const answer = await ask('how did we do last month?', 'en');
    expect(answer.answer.split('\n')[0]).toBe('Summary of October 2025, against September 2025:');
    expect(figureOf(answer, 'revenue')?.value).toBe((await sqlFigures('2025-10-01', '2025-10-31')).revenue);

    const sales = (await demo.ask('¿Cómo van las ventas en octubre?')) as unknown as Answer;
    expect(sales.query?.intent).toBe('value');
  });

  it('says there is no data yet for a period after the last day, as the sales question does', async () => {
    const answer = (await demo.ask('¿Cómo me fue en enero de 2026?')) as unknown as Answer;
    expect(answer.kind).toBe('query');
    expect(answer.answer).toContain('No hay datos de venta neta');
    expect(answer.answer).not.toContain('Resumen');
  });
});
