import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * "¿Qué productos no se vendieron en octubre?" on the demo data: the products with net sales in
 * September and none in October, of the company and of each branch, against plain SQL over the
 * lines (local days), those that sold most in September first.
 */

interface Answer {
  kind: string;
  answer: string;
  link: string | null;
  chart: { title: string; type: string; series: Array<{ values: Array<number | null> }> } | null;
  values: Array<{ key: string; value: number | null; previous?: number | null }>;
}

describe('Ask lists the products that did not sell in a period', () => {
  const demo = useDemoAsk();

  const ask = async (question: string, language?: 'es' | 'en') =>
    (await demo.query(question, language)) as unknown as Answer;

  interface Slice {
    location?: string | null;
    category?: string | null;
    unit?: string | null;
    /** ISO weekdays (1 Monday … 7 Sunday). */
    weekdays?: number[] | null;
    hours?: { from: number; to: number } | null;
    /** The days of the earlier period (default: September 2025). */
    before?: [string, string];
    /** The days asked (default: October 2025). */
    after?: [string, string];
  }

  /** SKUs with net sales in `before` and none in `after`, of the slice, those that sold most first. */
  const sqlUnsold = async (slice: Slice = {}) => {
    const [beforeFrom, beforeTo] = slice.before ?? ['2025-09-01', '2025-09-30'];
    const [afterFrom, afterTo] = slice.after ?? ['2025-10-01', '2025-10-31'];
    const { rows } = await demo.t.owner.pool.query<{ sku: string; before: string; after: string }>(
      `with lines as (
         select sku, product_name, total, sold_at at time zone 'America/Santiago' as local
           from sale_lines
          where company_id = $1 and ($2::text is null or location_name = $2)
            and ($3::text is null or category = $3) and ($4::text is null or unit = $4)),
       days as (
         select sku, product_name, total, local::date as day from lines
          where ($5::int[] is null or extract(isodow from local)::int = any($5))
            and ($6::int is null or extract(hour from local)::int between $6 and $7 - 1))
       select sku,
              coalesce(sum(total) filter (where day between $8 and $9), 0)::text as before,
              coalesce(sum(total) filter (where day between $10 and $11), 0)::text as after
         from days group by sku, product_name
       having coalesce(sum(total) filter (where day between $8 and $9), 0) > 0
          and coalesce(sum(total) filter (where day between $10 and $11), 0) <= 0
        order by sum(total) filter (where day between $8 and $9) desc, product_name`,
      [
        demo.owner.company.id,
        slice.location ?? null,
        slice.category ?? null,
        slice.unit ?? null,
        slice.weekdays ?? null,
        slice.hours?.from ?? null,
        slice.hours?.to ?? null,
        beforeFrom,
        beforeTo,
        afterFrom,
        afterTo,
      ],
    );
    return rows.map((r) => ({ key: r.sku, previous: Number(r.before), value: Number(r.after) }));
  };
  const figures = (answer: Answer) =>
    answer.values.map((v) => ({ key: v.key, previous: v.previous, value: v.value }));

  it('gives the products sold in the month before and not in the month asked, as plain SQL finds them', async () => {
    const { rows } = await demo.t.owner.pool.query<{ name: string }>(
      `select distinct location_name as name from sale_lines where company_id = $1 and location_name is not null order by 1`,
      [demo.owner.company.id],
    );
    const branches = rows.map((r) => r.name);
    expect(branches.length).toBeGreaterThan(1);
    let listed = 0;
    for (const location of [null, ...branches]) {
      const where = location ? ` en ${location.replace('Sucursal ', '')}` : '';
      const answer = await ask(`¿qué productos no se vendieron${where} en octubre?`);
      const expected = await sqlUnsold({ location });
      const context = `${location ?? 'company'}: ${answer.answer}`;
      expect(
        answer.values.map((v) => ({ key: v.key, previous: v.previous, value: v.value })),
        context,
      ).toEqual(expected.slice(0, 10));
      if (expected.length === 0) expect(answer.answer, context).toMatch(/^Todos los productos/);
      else if (expected.length === 1)
        expect(answer.answer, context).toMatch(/^1 producto .*no se vendió en octubre de 2025: /);
      else
        expect(answer.answer, context).toMatch(
          new RegExp(`^${expected.length} productos .*no se vendieron en octubre de 2025\\.`),
        );
      expect(answer.link).toBeNull();
      if (expected.length > 0) {
        expect(answer.chart).toMatchObject({ title: 'venta neta en septiembre de 2025', type: 'bar' });
        expect(answer.chart?.series[0]?.values).toEqual(expected.slice(0, 10).map((e) => e.previous));
      }
      listed += expected.length;
    }
    // The demo data has products that skip a month at some branch: the check above compared lists, not nothing.
    expect(listed).toBeGreaterThan(0);
  });

  it('applies a category, a unit, days of the week, hours and the period compared, as SQL does', async () => {
    const cases: Array<[string, Slice]> = [
      ['¿qué productos de Frutas y verduras no se vendieron en octubre?', { category: 'Frutas y verduras' }],
      ['¿qué productos en kilos no se vendieron en octubre?', { unit: 'kg' }],
      ['¿qué productos no se vendieron los sábados de octubre?', { weekdays: [6] }],
      ['¿qué productos no se vendieron en la mañana en octubre?', { hours: { from: 6, to: 12 } }],
      [
        '¿qué productos no se vendieron en Providencia los domingos de octubre?',
        { location: 'Sucursal Providencia', weekdays: [7] },
      ],
      [
        '¿qué productos no se vendieron en octubre comparado con agosto?',
        { before: ['2025-08-01', '2025-08-31'] },
      ],
    ];
    let listed = 0;
    for (const [question, slice] of cases) {
      const answer = await ask(question);
      const expected = await sqlUnsold(slice);
      expect(figures(answer), `${question}: ${answer.answer}`).toEqual(expected.slice(0, 10));
      listed += expected.length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('reads "vendí en septiembre y no en octubre" the same way, in Spanish and English', async () => {
    const expected = await sqlUnsold({ location: 'Sucursal Providencia' });
    const spanish = await ask('¿qué productos vendí en septiembre y no en octubre en Providencia?');
    const english = await ask('which products did not sell in October at Providencia?', 'en');
    for (const answer of [spanish, english]) {
      expect(answer.values.map((v) => v.key)).toEqual(expected.slice(0, 10).map((e) => e.key));
    }
    expect(english.answer).toMatch(/did not sell in October 2025/);
  });
});
