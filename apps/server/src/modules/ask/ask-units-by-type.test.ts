import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * Units of products sold by the piece and by the kilo add up to a number of neither: the answer
 * says each unit's quantity, as plain SQL sums the lines of each unit. The demo sells both.
 */

interface Answer {
  answer: string;
  values: Array<{ value: number | null }>;
}

describe('Ask says what a total of units mixes', () => {
  const demo = useDemoAsk();
  const ask = async (question: string) => (await demo.query(question)) as unknown as Answer;

  /** October 2025's quantity per unit type (of the category, when given), in SQL. */
  const octoberUnits = async (category: string | null) => {
    const { rows } = await demo.t.owner.pool.query<{ unit: string; units: string }>(
      `select coalesce(nullif(unit, ''), 'un') as unit, sum(quantity)::text as units
         from sale_lines
        where company_id = $1 and ($2::text is null or category = $2)
          and (sold_at at time zone 'America/Santiago')::date between '2025-10-01' and '2025-10-31'
        group by 1 order by 1 desc`,
      [demo.owner.company.id, category],
    );
    return rows.map((row) => ({ unit: row.unit, units: Number(row.units) }));
  };
  const pieces = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 3 });
  const kilos = new Intl.NumberFormat('es-CL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

  it('splits the units of the company and of a category into pieces and kilos', async () => {
    for (const [question, category] of [
      ['¿Cuántas unidades vendí en octubre?', null],
      ['¿Cuántas unidades de lácteos vendí en octubre?', 'Lácteos'],
    ] as const) {
      const units = await octoberUnits(category);
      expect(units.map((u) => u.unit)).toEqual(['un', 'kg']);
      const un = units[0]?.units ?? Number.NaN;
      const kg = units[1]?.units ?? Number.NaN;
      const answer = await ask(question);
      expect(answer.values[0]?.value).toBeCloseTo(un + kg, 3);
      expect(answer.answer, question).toContain(
        `Suma productos que se venden en unidades distintas: ${pieces.format(un)} un y ${kilos.format(kg)} kg.`,
      );
    }
  });

  it('says nothing of the kind for kilos alone or one product', async () => {
    expect((await ask('¿Cuántos kilos vendí en octubre?')).answer).not.toContain('unidades distintas');
    expect((await ask('¿Cuántas unidades de Coca-Cola 3L vendí en octubre?')).answer).not.toContain(
      'unidades distintas',
    );
  });
});
