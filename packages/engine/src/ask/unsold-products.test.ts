import { describe, expect, it } from 'vitest';
import { monthPeriod } from './calendar';
import { parseQuestion } from './parse-question';

const vocabulary = { products: [], categories: ['Panadería'], locations: ['Sucursal Providencia'] };
const parse = (question: string) =>
  parseQuestion(question, { dataThrough: '2025-11-20', today: '2025-11-21', vocabulary });
const query = (question: string) => {
  const parsed = parse(question);
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('products that did not sell', () => {
  it('reads "qué productos no se vendieron" as the products of the period before without a sale in this one', () => {
    for (const question of [
      '¿Qué productos no se vendieron en octubre?',
      '¿qué productos no vendí en octubre?',
      'productos sin ventas en octubre',
      'which products did not sell in October?',
      "which products didn't sell in october",
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'segment',
        segment: 'unsold',
        by: 'product',
        period: monthPeriod(2025, 10),
        compare: monthPeriod(2025, 9),
      });
    }
  });

  it('compares with the period named, in the order the question says it', () => {
    expect(query('¿qué productos vendí en septiembre y no en octubre?')).toMatchObject({
      segment: 'unsold',
      period: monthPeriod(2025, 10),
      compare: monthPeriod(2025, 9),
    });
    expect(query('¿qué productos no se vendieron en octubre comparado con agosto?')).toMatchObject({
      period: monthPeriod(2025, 10),
      compare: monthPeriod(2025, 8),
    });
  });

  it('takes the last 30 days of data against the 30 before them when no period is named', () => {
    expect(query('¿qué productos dejé de vender?')).toMatchObject({
      segment: 'unsold',
      period: { grain: 'range', from: '2025-10-22', to: '2025-11-20' },
      compare: { grain: 'range', from: '2025-09-22', to: '2025-10-21' },
    });
  });

  it('keeps the branch and the category, and never a product', () => {
    expect(
      query('¿qué productos de panadería no se vendieron en Providencia en octubre?').filters,
    ).toMatchObject({
      category: 'Panadería',
      location: 'Sucursal Providencia',
      product: null,
    });
  });

  it('leaves days without sales and other questions as they were', () => {
    expect(parse('¿qué días no vendí?')).toMatchObject({ kind: 'unanswerable', reason: 'not_in_data' });
    expect(query('¿qué productos vendí más en octubre?')).toMatchObject({ intent: 'ranking', segment: null });
    expect(query('¿qué clientes están en riesgo?')).toMatchObject({ segment: 'at_risk', by: 'customer' });
  });
});
