import { describe, expect, it } from 'vitest';
import { monthPeriod } from './calendar';
import { parseQuestion } from './parse-question';

/* The best customers of one branch, and returns per product (amount returned, return lines). */

const vocabulary = {
  products: [
    { id: 'P-1', name: 'Pan marraqueta' },
    { id: 'P-2', name: 'Leche entera 1L' },
  ],
  categories: ['Lácteos', 'Panadería'],
  locations: ['Centro', 'Norte', 'Sucursal Providencia'],
};
const query = (question: string) => {
  const parsed = parseQuestion(question, { dataThrough: '2025-11-20', vocabulary });
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};
const top = (limit: number) => ({ order: 'desc', by: 'value', limit });

describe('best customers at a branch', () => {
  it('ranks customers with the branch as a filter, over the period asked', () => {
    expect(query('¿quiénes son mis mejores clientes en la sucursal Centro?')).toMatchObject({
      intent: 'ranking',
      metric: 'revenue',
      by: 'customer',
      period: null,
      filters: { location: 'Centro', product: null, category: null },
      ranking: top(5),
    });
    expect(query('top 5 clientes de Providencia en octubre')).toMatchObject({
      by: 'customer',
      period: monthPeriod(2025, 10),
      filters: { location: 'Sucursal Providencia' },
      ranking: top(5),
    });
    expect(query('best customers at the Norte branch last month')).toMatchObject({
      by: 'customer',
      period: monthPeriod(2025, 10),
      filters: { location: 'Norte' },
    });
    expect(query('clientes con más boletas en Norte')).toMatchObject({
      metric: 'transactions',
      by: 'customer',
      filters: { location: 'Norte' },
    });
  });
});

describe('returns per product', () => {
  it('ranks products by the amount returned', () => {
    for (const question of [
      '¿qué productos tienen más devoluciones?',
      'which products were returned most',
      'productos más devueltos',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'ranking',
        metric: 'returned_amount',
        by: 'product',
        ranking: top(5),
      });
    }
    expect(query('devoluciones del producto leche entera en marzo')).toMatchObject({
      intent: 'value',
      metric: 'returned_amount',
      period: monthPeriod(2025, 3),
      filters: { product: 'P-2' },
    });
  });

  it('counts the return lines of products and categories, which keep no return tickets', () => {
    expect(query('cuantas devoluciones hubo por producto')).toMatchObject({
      metric: 'return_lines',
      by: 'product',
      ranking: top(10),
    });
    expect(query('how many returns per category')).toMatchObject({ metric: 'return_lines', by: 'category' });
    expect(query('¿cuántas devoluciones tuvo la leche entera en octubre?')).toMatchObject({
      intent: 'value',
      metric: 'return_lines',
      filters: { product: 'P-2' },
    });
    expect(query('top 3 productos por líneas devueltas')).toMatchObject({
      metric: 'return_lines',
      by: 'product',
      ranking: top(3),
    });
    // A branch's or the company's returns are still counted in documents.
    expect(query('cuantas devoluciones hubo en Norte en octubre')).toMatchObject({
      metric: 'returns',
      filters: { location: 'Norte' },
    });
    expect(query('how many returns last month').metric).toBe('returns');
  });
});
