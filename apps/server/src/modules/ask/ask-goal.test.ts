import { describe, expect, it } from 'vitest';
import { useDemoAsk } from '../../../test/demo-company';

/*
 * A sales goal on the demo data (through Thursday 20 November 2025): how far the period's net
 * sales, summed in SQL over the local days, are from the amount named, and what each day the
 * data does not hold yet must sell.
 */

interface Answer {
  kind: string;
  answer: string;
  values: Array<{ key: string; value: number | null }>;
  query: { target?: number } | null;
}

const pesos = (amount: number) => `$${new Intl.NumberFormat('es-CL').format(amount)}`;
const usd = (amount: number) => `$${new Intl.NumberFormat('en-US').format(amount)}`;

describe('Ask measures the sales against a goal', () => {
  const demo = useDemoAsk();

  const ask = async (question: string, language?: 'es' | 'en') =>
    (await demo.query(question, language)) as unknown as Answer;
  const sqlRevenue = async (from: string, to: string, location: string | null = null) => {
    const { rows } = await demo.t.owner.pool.query<{ revenue: string }>(
      `select sum(total)::text as revenue from sale_lines
       where company_id = $1 and (sold_at at time zone 'America/Santiago')::date between $2::date and $3::date
         and ($4::text is null or location_name = $4)`,
      [demo.owner.company.id, from, to, location],
    );
    return Number(rows[0]?.revenue);
  };

  it('says what is missing this month and what each day left must sell', async () => {
    const sold = await sqlRevenue('2025-11-01', '2025-11-20');
    expect(sold).toBeLessThan(10_000_000);
    const answer = await ask('¿Cuánto me falta para llegar a 10 millones este mes?');
    expect(answer.query?.target).toBe(10_000_000);
    expect(answer.values[0]?.value).toBe(sold);
    expect(answer.values.find((v) => v.key === 'target')?.value).toBe(10_000_000);
    const gap = 10_000_000 - sold;
    expect(answer.answer).toContain(`Te faltan ${pesos(gap)} para llegar a $10.000.000`);
    // 21 to 30 November: ten days the data does not hold yet.
    expect(answer.answer).toContain(
      `Del 21 al 30 de noviembre de 2025 (10 días) necesitas ${pesos(Math.ceil(gap / 10))} al día.`,
    );

    const english = await ask('how far am I from 10 million this month', 'en');
    expect(english.answer).toContain(`You are ${usd(gap)} short of $10,000,000`);

    // Asked as the pace itself, the same answer: the goal of the month, not sales per day.
    for (const [question, language] of [
      ['¿Cuánto necesito vender al día para llegar a 10 millones este mes?', 'es'],
      ['How much do I need to sell per day to reach 10 million this month?', 'en'],
    ] as const) {
      const pace = await ask(question, language);
      expect(pace.query?.target, question).toBe(10_000_000);
      expect(pace.values[0]?.value).toBe(sold);
    }
  });

  it('says by how much a whole month passed or missed the goal, at a branch too', async () => {
    const october = await sqlRevenue('2025-10-01', '2025-10-31');
    const below = Math.floor(october / 1_000_000) * 1_000_000;
    const millions = below / 1_000_000;
    const passed = await ask(`¿Llegué a los ${millions} millones en octubre?`);
    expect(passed.answer).toContain(`Superaste tu meta de ${pesos(below)} por ${pesos(october - below)}`);
    const missed = await ask(`¿Llegué a los ${millions + 1} millones en octubre?`);
    expect(missed.answer).toContain(`Te faltaron ${pesos(below + 1_000_000 - october)} para llegar a`);

    const branch = await sqlRevenue('2025-10-01', '2025-10-31', 'Sucursal Providencia');
    const goal = await ask('¿Cuánto me faltó para la meta de $9.000.000 en Providencia en octubre?');
    expect(goal.values[0]?.value).toBe(branch);
    expect(goal.answer).toContain(`${pesos(9_000_000 - branch)} para llegar a $9.000.000`);
  });

  it('does not measure a figure in UF against a goal in pesos', async () => {
    const answer = await ask('¿Cuánto me falta para 10 millones este mes en UF?');
    expect(answer.answer).toContain('Tu meta está en pesos');
    expect(answer.answer).not.toContain('Te faltan');
  });
});
