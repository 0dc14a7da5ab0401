import { describe, expect, it } from 'vitest';
import { useAskCompany } from '../../../test/ask-client';

/*
 * The cost of what was sold through Ask, against PostgreSQL's sums of the stored lines. Some
 * lines carry no cost: the figure is of those that do, and says how much of the sales that is.
 * Before, «¿cuál fue el costo de ventas?» answered the sales.
 */
const HEADER = 'Fecha venta;N° doc. venta;SKU;Categoría;Cantidad;Total neto;Costo total';
const LINES = [
  '01/10/2025 10:00;101;P-01;Pan;2;10000;6000',
  '01/10/2025 10:00;101;P-02;Lácteos;1;4000;2500',
  '01/10/2025 12:30;102;P-03;Lácteos;1;5000;',
  '02/10/2025 09:15;103;P-02;Lácteos;3;12000;7500',
  '02/10/2025 17:40;104;P-01;Pan;-1;-5000;-3000',
  '03/11/2025 11:00;201;P-01;Pan;2;10000;6000',
];

describe('Ask: the cost of what was sold', () => {
  const company = useAskCompany({
    askedOn: '2025-11-03',
    name: 'Costos',
    csv: `${[HEADER, ...LINES].join('\r\n')}\r\n`,
  });
  const ask = (question: string, language: 'es' | 'en' = 'es') => company.ask(question, language);
  const sqlCost = (from: string, to: string, by?: string) => company.sqlSums('cost_total', from, to, by);

  it('answers the cost of a month as SQL sums it, with the share of sales it covers', async () => {
    const [[, october]] = (await sqlCost('2025-10-01', '2025-10-31')) as [[string, number]];
    // 6000 + 2500 + 7500 − 3000; the 5000 line has no cost.
    expect(october).toBe(13000);
    for (const question of [
      '¿cuál fue el costo de ventas en octubre?',
      '¿cuánto costó lo que vendí en octubre?',
      '¿cuánto me costó la mercadería vendida en octubre?',
    ]) {
      const answer = await ask(question);
      expect(answer.query?.metric, question).toBe('cost');
      expect(answer.values[0]?.value, question).toBe(october);
      expect(answer.answer, question).toMatch(/^Costo de lo vendido en octubre de 2025: \$13\.000\./);
      // Σ|total| of October's lines with a cost over Σ|total| of all of them: 31000 / 36000.
      expect(answer.answer, question).toContain('Mide el 86,11 % de la venta que trae costo');
    }
    const english = await ask('what was my cost of goods sold in november', 'en');
    expect(english.values[0]?.value).toBe((await sqlCost('2025-11-01', '2025-11-30'))[0]?.[1]);
  });

  it('ranks products and categories by their cost, as SQL groups them', async () => {
    const products = await ask('¿qué productos tuvieron más costo en octubre?');
    expect(products.query).toMatchObject({ intent: 'ranking', metric: 'cost', by: 'product' });
    const bySku = (await sqlCost('2025-10-01', '2025-10-31', 'sku')).filter(([, cost]) => cost !== null);
    expect(bySku).toEqual([
      ['P-02', 10000],
      ['P-01', 3000],
    ]);
    expect(products.values.filter((v) => v.value !== null).map((v) => [v.key, v.value])).toEqual(bySku);
    const categories = await ask('costos por categoría en octubre');
    expect(categories.values.map((v) => [v.key, v.value])).toEqual(
      await sqlCost('2025-10-01', '2025-10-31', 'category'),
    );
  });

  it('refuses a unit cost instead of answering the selling price or the whole cost', async () => {
    for (const question of ['¿cuál es el precio de costo de P-01?', 'costo unitario de P-01']) {
      const answer = await ask(question);
      expect(answer.kind, `${question}: ${answer.answer}`).toBe('unanswerable');
    }
  });
});
