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

const parsed = (question: string) => parseQuestion(question, { dataThrough: '2025-11-20', vocabulary });

describe('customers who came back', () => {
  it('reads them as returning customers, of a period and a branch', () => {
    for (const question of [
      '¿cuántos clientes volvieron a comprar en octubre?',
      'clientes recurrentes de octubre',
      'how many customers came back in october',
      'returning customers in october',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'returning_customers',
        period: monthPeriod(2025, 10),
      });
    }
    expect(query('clientes que volvieron a comprar en Providencia el mes pasado')).toMatchObject({
      metric: 'returning_customers',
      filters: { location: 'Sucursal Providencia' },
    });
  });

  it('reads those who bought more than once as repeat customers, never ranked per customer', () => {
    for (const question of [
      '¿cuántos clientes compraron más de una vez en octubre?',
      'how many customers bought more than once in october',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'repeat_customers',
        by: 'total',
        period: monthPeriod(2025, 10),
      });
    }
  });

  it('keeps those who did not come back as lost customers', () => {
    expect(query('¿qué clientes no volvieron?')).toMatchObject({ intent: 'segment', segment: 'churned' });
  });
});

describe('figures of a kind of customer', () => {
  it('refuses them instead of answering the figure of all customers', () => {
    for (const question of [
      '¿cuál es el ticket promedio de los clientes nuevos?',
      '¿cuánto venden los clientes que vuelven?',
      'revenue from returning customers',
      '¿cuánto vendí a clientes sin RUT?',
      'sales to anonymous customers',
      '¿cuántos clientes frecuentes tengo?',
      'margen de los clientes fieles',
      '¿cuál es el ticket promedio de los clientes que compraron más de una vez?',
    ]) {
      expect(parsed(question), question).toMatchObject({ kind: 'unanswerable', reason: 'customer_kind' });
    }
  });

  it('answers the counts of that kind and the lists of customers', () => {
    expect(query('¿cuántos clientes nuevos tuve en octubre?')).toMatchObject({ metric: 'new_customers' });
    expect(query('mis clientes más fieles')).toMatchObject({ intent: 'ranking', by: 'customer' });
    expect(query('¿cuántos clientes identificados tuve en octubre?')).toMatchObject({ metric: 'customers' });
  });
});
