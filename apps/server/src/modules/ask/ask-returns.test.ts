import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedOn, postQuestion } from '../../../test/ask-client';
import { bearer, buildTestApp, createOwner, loginAs, type TestApp } from '../../../test/helpers';
import { uploadAndWait, windows1252 } from '../../../test/upload-helpers';

/*
 * Returns per product through Ask: the amount returned and the return lines of the product rows
 * (lines, not tickets: NC4 returns two products in one document). Hand-made sales:
 *
 *   doc  date        sku  qty  total   branch
 *   B1   06/10/2025  P1    2   10000   Centro
 *   B2   06/10/2025  P2    1    3000   Centro
 *   B3   07/10/2025  P3    4    2000   Norte
 *   NC1  08/10/2025  P1   -1   -5000   Centro
 *   NC2  09/10/2025  P1   -1   -5000   Norte
 *   NC3  10/10/2025  P2   -3   -9000   Centro
 *   NC4  12/11/2025  P1   -1   -5000   Centro
 *   NC4  12/11/2025  P3   -1    -500   Centro
 *
 * The file names no customers: questions about them say so instead of counting zero.
 */
const HEADER = 'Fecha venta;N° doc. venta;SKU;Descripción;Categoría;Cantidad;Total neto;Sucursal';
const LINES = [
  '06/10/2025 10:15;B1;P1;Café;Almacen;2;10000;Centro',
  '06/10/2025 10:20;B2;P2;Té;Almacen;1;3000;Centro',
  '07/10/2025 18:30;B3;P3;Pan;Panaderia;4;2000;Norte',
  '08/10/2025 12:00;NC1;P1;Café;Almacen;-1;-5000;Centro',
  '09/10/2025 12:00;NC2;P1;Café;Almacen;-1;-5000;Norte',
  '10/10/2025 12:00;NC3;P2;Té;Almacen;-3;-9000;Centro',
  '12/11/2025 09:00;NC4;P1;Café;Almacen;-1;-5000;Centro',
  '12/11/2025 09:00;NC4;P3;Pan;Panaderia;-1;-500;Centro',
];

type Answer = {
  kind: string;
  answer: string;
  suggestions: string[];
  link: string;
  query: { metric: string };
  values: Array<{ key: string; value: number; metric: string }>;
};

describe('Ask: returns per product', () => {
  let t: TestApp;
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let token: string;
  const ask = async (question: string, language: 'es' | 'en') => {
    const answer = (await postQuestion(t.app, token, owner.company.id, question, language)) as Answer;
    expect(answer.kind, `${question}: ${answer.answer}`).toBe('query');
    return answer;
  };
  const products = async (search: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/companies/${owner.company.id}/products?${search}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as Array<Record<string, number | string>>;
  };
  const pairs = (answer: Answer) => answer.values.map((v) => [v.key, v.value]);

  beforeAll(async () => {
    t = await buildTestApp({ askNow: askedOn('2025-11-12') });
    owner = await createOwner(t.db, 'Devoluciones');
    token = await loginAs(t.app, owner.email, owner.password);
    const content = windows1252(`${[HEADER, ...LINES].join('\r\n')}\r\n`);
    const upload = await uploadAndWait(t.app, token, owner.company.id, { name: 'ventas.csv', content });
    expect(upload.status).toBe('completed');
  }, 60_000);
  afterAll(() => t.close());

  it('ranks products by the amount returned, with a link to the products sorted by it', async () => {
    for (const [question, language] of [
      ['¿qué productos tienen más devoluciones?', 'es'],
      ['which products were returned most', 'en'],
    ] as const) {
      const answer = await ask(question, language);
      expect(answer.query.metric).toBe('returned_amount');
      expect(pairs(answer)).toEqual([
        ['P1', 15000],
        ['P2', 9000],
        ['P3', 500],
      ]);
      expect(answer.link).toBe(`/c/${owner.company.id}/explore/product?sort=-returned_amount`);
      expect(answer.answer).toContain(language === 'es' ? 'monto devuelto' : 'amount returned');
    }
  });

  it('says the files do not identify customers instead of counting none', async () => {
    for (const [question, language] of [
      ['¿cuántos clientes tuve en octubre?', 'es'],
      ['¿quiénes son mis mejores clientes?', 'es'],
      ['¿cuántos clientes atiendo al día?', 'es'],
      ['¿qué clientes están en riesgo?', 'es'],
      ['how many new customers did I get in october?', 'en'],
    ] as const) {
      const answer = await postQuestion(t.app, token, owner.company.id, question, language);
      expect(answer.kind, question).toBe('unanswerable');
      expect(answer.answer, question).toContain(
        language === 'es' ? 'no identifican a tus clientes' : 'do not identify your customers',
      );
      // What it suggests instead asks nothing about customers.
      expect(answer.suggestions.length, question).toBeGreaterThan(0);
      expect(answer.suggestions.join(' '), question).not.toMatch(/clientes|customers/i);
    }
    const suggested = await ask('¿Qué productos no se vendieron el mes pasado?', 'es');
    expect(suggested.query).toMatchObject({ intent: 'segment', segment: 'unsold' });
    // The other figures are answered as before.
    expect((await ask('¿cuántas boletas hice en octubre?', 'es')).values[0]?.value).toBe(3);
    // The branches' customer counts are unknown too (one month, and a slice of it), not zero.
    for (const search of ['from=2025-10-01&to=2025-10-31', 'from=2025-10-01&to=2025-10-31&product=P1']) {
      const branches = await t.app.inject({
        method: 'GET',
        url: `/api/v1/companies/${owner.company.id}/locations/sales?${search}`,
        headers: bearer(token),
      });
      const items = branches.json().data as Array<{
        location: string;
        customers: number | null;
        nulls: object;
      }>;
      expect(items.map((b) => b.location).sort()).toEqual(['Centro', 'Norte']);
      for (const branch of items) {
        expect(branch.customers).toBeNull();
        expect(branch.nulls).toMatchObject({ customers: 'NO_CUSTOMER_DATA' });
      }
    }
  });

  it('counts return lines per product, named as lines, equal to the products view sorted by them', async () => {
    const answer = await ask('cuantas devoluciones hubo por producto', 'es');
    expect(answer.query.metric).toBe('return_lines');
    // P1: NC1, NC2, NC4; P2: NC3; P3: NC4 (ties by name: Pan before Té).
    expect(pairs(answer)).toEqual([
      ['P1', 3],
      ['P3', 1],
      ['P2', 1],
    ]);
    expect(answer.answer).toContain('líneas devueltas');
    expect(answer.link).toBe(`/c/${owner.company.id}/explore/product?sort=-return_lines`);
    const view = await products('sort=-return_lines');
    expect(view.map((p) => [p.product_id, p.return_lines])).toEqual([
      ['P1', 3],
      ['P2', 1],
      ['P3', 1],
    ]);
    const english = await ask('how many returns per product in october', 'en');
    expect(english.answer).toContain('returned lines');
    // Every product of October's months, as the products view of that range gives them.
    expect(pairs(english)).toEqual([
      ['P1', 2],
      ['P2', 1],
      ['P3', 0],
    ]);
    const october = await products('from=2025-10-01&to=2025-10-31&sort=-return_lines');
    expect(october.map((p) => [p.product_id, p.return_lines])).toEqual(pairs(english));
  });

  it("gives one product's return lines and amount returned in a month", async () => {
    const lines = await ask('¿cuántas devoluciones tuvo el café en octubre?', 'es');
    expect([lines.query.metric, lines.values[0]?.value]).toEqual(['return_lines', 2]);
    const amount = await ask('devoluciones del café en noviembre', 'es');
    expect([amount.query.metric, amount.values[0]?.value]).toEqual(['returned_amount', 5000]);
  });
});
