import { describe, expect, it } from 'vitest';
import { useAskCompany } from '../../../test/ask-client';

/*
 * A POS that writes its customers' RUTs with dots ("12.345.678-5"): the import stores them as
 * `12345678-5`, Ask reads a RUT in any spelling, and answers the customer's figures and their
 * first and last purchase from the stored lines.
 */
const HEADER = 'Fecha venta;N° doc. venta;SKU;Cantidad;Total neto;RUT cliente';
const LINES = [
  '05/09/2025 10:00;101;P-01;2;10000;12.345.678-5',
  '01/10/2025 10:00;102;P-01;1;5000;12.345.678-5',
  '01/10/2025 10:00;102;P-02;1;3000;12.345.678-5',
  '02/10/2025 12:30;103;P-02;2;6000;9.876.543-3',
  '20/10/2025 09:15;104;P-03;1;4000;12.345.678-5',
  '03/11/2025 11:00;105;P-01;1;5000;9.876.543-3',
];

describe('Ask: customers whose RUTs the file writes with dots', () => {
  const company = useAskCompany({
    askedOn: '2025-11-03',
    name: 'RUT con puntos',
    csv: `${[HEADER, ...LINES].join('\r\n')}\r\n`,
  });
  const ask = (question: string, language: 'es' | 'en' = 'es') => company.ask(question, language);
  const sqlRevenue = async (customer: string, from: string, to: string) => {
    const { rows } = await company.t.owner.pool.query<{ revenue: string }>(
      `select coalesce(sum(total), 0)::text as revenue from sale_lines where company_id = $1
       and customer_id = $2 and (sold_at at time zone 'America/Santiago')::date between $3 and $4`,
      [company.owner.company.id, customer, from, to],
    );
    return Number(rows[0]?.revenue);
  };

  it('answers what a customer bought, whichever way the question writes the RUT', async () => {
    const october = await sqlRevenue('12345678-5', '2025-10-01', '2025-10-31');
    expect(october).toBe(12000);
    for (const question of [
      '¿cuánto compró el cliente 12.345.678-5 en octubre?',
      '¿cuánto compró el cliente 12345678-5 en octubre?',
    ]) {
      const answer = await ask(question);
      expect(answer.kind, `${question}: ${answer.answer}`).toBe('query');
      expect(answer.values[0]?.value, question).toBe(october);
      // Named as people write a RUT, whichever way the file or the question wrote it.
      expect(answer.answer, question).toContain('del cliente 12.345.678-5');
    }
    const best = await ask('mejores clientes este año');
    expect(best.values.map((v) => [v.key, v.label])).toEqual([
      ['12345678-5', '12.345.678-5'],
      ['9876543-3', '9.876.543-3'],
    ]);
    const lifetime = await ask('¿cuánto me ha comprado el cliente 12345678-5?');
    expect(lifetime.values[0]?.value).toBe(await sqlRevenue('12345678-5', '2025-01-01', '2025-12-31'));
  });

  it("gives a customer's first and last purchase, not the dates of all the data", async () => {
    const last = await ask('¿cuándo fue la última compra del cliente 12.345.678-5?');
    expect(last.answer).toBe(
      'La última compra del cliente 12.345.678-5 fue el 20 de octubre de 2025; la primera, el 5 de septiembre de 2025.',
    );
    const english = await ask('when did customer 9876543-3 last buy', 'en');
    expect(english.answer).toMatch(
      /^Customer 9\.876\.543-3 last bought on November 3, 2025; first on October 2, 2025\./,
    );
    const unknown = await ask('¿cuándo compró por última vez el cliente 15.222.333-1?');
    expect(unknown.kind).toBe('unanswerable');
    // The shop's own first and last day stay what "¿cuándo fue mi última venta?" asks.
    expect((await ask('¿cuándo fue mi última venta?')).answer).toMatch(
      /5 de septiembre de 2025 al 3 de noviembre de 2025/,
    );
  });
});
