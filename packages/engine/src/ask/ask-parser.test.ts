import { describe, expect, it } from 'vitest';
import { monthPeriod, previousPeriod, quarterPeriod, sameLastYear, weekPeriod } from './calendar';
import { normalizeQuestion } from './normalize';
import { parseQuestion } from './parse-question';

const vocabulary = {
  products: [
    { id: 'P-1', name: 'Pan marraqueta' },
    { id: 'P-2', name: 'Leche entera 1L' },
    { id: 'P-3', name: 'Leche descremada 1L' },
  ],
  categories: ['Lácteos', 'Panadería'],
  locations: ['Casa Matriz Ñuñoa', 'Sucursal Providencia'],
};
const parse = (question: string, dataThrough = '2026-01-10') =>
  parseQuestion(question, { dataThrough, vocabulary });
const query = (question: string, dataThrough?: string) => {
  const parsed = parse(question, dataThrough);
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('normalizeQuestion', () => {
  it('folds accents, drops punctuation and writes numbers in words as digits', () => {
    expect(normalizeQuestion('¿Cuáles son mis CINCO productos?')).toBe('cuales son mis 5 productos');
    expect(normalizeQuestion('los veintitrés, treinta y dos y ciento veinte')).toBe('los 23 32 y 120');
    expect(normalizeQuestion('doscientos cuarenta y cinco clientes')).toBe('245 clientes');
    expect(normalizeQuestion('twenty one days, one hundred and five')).toBe('21 days 105');
    expect(normalizeQuestion('RUT 12.345.678-5, top5')).toBe('rut 12345678-5 top 5');
  });
});

describe('calendar', () => {
  it('steps back across year boundaries', () => {
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
    expect(previousPeriod(monthPeriod(2026, 1))).toEqual({
      grain: 'month',
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(sameLastYear({ grain: 'day', from: '2024-02-29', to: '2024-02-29' })).toEqual({
      grain: 'day',
      from: '2023-02-28',
      to: '2023-02-28',
    });
    // 2026-01-01 is a Thursday: its ISO week starts on Monday 2025-12-29.
    expect(weekPeriod('2026-01-01')).toEqual({ grain: 'week', from: '2025-12-29', to: '2026-01-04' });
    expect(previousPeriod({ grain: 'range', from: '2026-01-01', to: '2026-01-10' })).toEqual({
      grain: 'range',
      from: '2025-12-22',
      to: '2025-12-31',
    });
  });
});

describe('parseQuestion', () => {
  it('resolves relative periods against data_through, not the clock', () => {
    // data through 2026-01-10: "el mes pasado" is December 2025, "diciembre" too, "enero" is this January.
    expect(query('¿Cuánto vendí el mes pasado?').period).toEqual(monthPeriod(2025, 12));
    expect(query('¿Cuánto vendí en diciembre?').period).toEqual(monthPeriod(2025, 12));
    expect(query('¿Cuánto vendí en enero?').period).toEqual(monthPeriod(2026, 1));
    expect(query('ventas del trimestre pasado').period).toEqual(quarterPeriod(2025, 4));
    expect(query('How much did I sell last month?', '2025-03-31').period).toEqual(monthPeriod(2025, 2));
  });

  it('reads "hoy", "ayer" and "anteayer" as calendar days when today is known', () => {
    const withToday = (question: string) => {
      const parsed = parseQuestion(question, { dataThrough: '2026-01-10', today: '2026-01-14', vocabulary });
      if (parsed.kind !== 'query') throw new Error(`not a query: ${question}`);
      return parsed.query;
    };
    const day = (date: string) => ({ grain: 'day', from: date, to: date });
    expect(withToday('¿cuánto vendí hoy?').period).toEqual(day('2026-01-14'));
    expect(withToday('ventas de ayer').period).toEqual(day('2026-01-13'));
    expect(withToday('¿cuánto vendí anteayer?').period).toEqual(day('2026-01-12'));
    expect(withToday('¿cuánto vendí anoche?')).toMatchObject({
      period: day('2026-01-13'),
      filters: { hours: { from: 18, to: 22 } },
    });
    expect(withToday('ventas de hoy vs ayer')).toMatchObject({
      period: day('2026-01-14'),
      compare: day('2026-01-13'),
    });
    // This Monday (the 12th) is after the data: the range runs to today, with nothing in it yet.
    expect(withToday('ventas desde el lunes hasta hoy')).toMatchObject({
      period: { grain: 'range', from: '2026-01-12', to: '2026-01-14' },
      compare: null,
    });
    expect(withToday('ventas desde el 5 de enero').period).toEqual({
      grain: 'range',
      from: '2026-01-05',
      to: '2026-01-10',
    });
    // Without today, they count back from the last day of data.
    expect(query('¿cuánto vendí ayer?').period).toEqual(day('2026-01-09'));
  });

  it('counts calendar words from today and rolling windows back from the last day of data', () => {
    // Data through Sunday 30 November, asked on Tuesday 1 December: the month just ended is "el mes pasado".
    const asked = (question: string) => {
      const parsed = parseQuestion(question, { dataThrough: '2026-11-30', today: '2026-12-01', vocabulary });
      if (parsed.kind !== 'query') throw new Error(`not a query: ${question}`);
      return parsed.query;
    };
    const range = (from: string, to: string) => ({ grain: 'range', from, to });
    expect(asked('¿cuánto vendí el mes pasado?').period).toEqual(monthPeriod(2026, 11));
    expect(asked('ventas de este mes').period).toEqual(monthPeriod(2026, 12));
    expect(asked('¿cuánto vendí en noviembre?').period).toEqual(monthPeriod(2026, 11));
    expect(asked('¿cuánto vendí en diciembre?').period).toEqual(monthPeriod(2026, 12));
    expect(asked('¿cuánto vendí la semana pasada?').period).toEqual({
      grain: 'week',
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(asked('ventas de esta semana').period).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
    expect(asked('ventas del trimestre pasado').period).toEqual(quarterPeriod(2026, 3));
    expect(asked('¿cuánto vendí el lunes?').period).toEqual({
      grain: 'day',
      from: '2026-11-30',
      to: '2026-11-30',
    });
    // Rolling windows and open ranges hold the last days of data.
    expect(asked('ventas de los últimos 30 días').period).toEqual(range('2026-11-01', '2026-11-30'));
    expect(asked('ventas de la última semana').period).toEqual(range('2026-11-24', '2026-11-30'));
    expect(asked('¿cuánto llevo vendido desde noviembre?').period).toEqual(range('2026-11-01', '2026-11-30'));
    expect(asked('ventas de noviembre a la fecha').period).toEqual(range('2026-11-01', '2026-11-30'));
  });

  it('compares with the previous period when a change is asked, or the one named', () => {
    const change = query('¿Cuánto crecieron las ventas este mes?');
    expect(change.compare).toEqual(monthPeriod(2025, 12));
    const yoy = query('ventas de enero vs el mismo mes del año pasado');
    expect([yoy.period, yoy.compare]).toEqual([monthPeriod(2026, 1), monthPeriod(2025, 1)]);
  });

  it('reads rankings: how many, which way, by value or by change', () => {
    expect(query('los cinco productos que más cayeron este trimestre')).toMatchObject({
      intent: 'ranking',
      by: 'product',
      ranking: { order: 'asc', by: 'change', limit: 5 },
      compare: quarterPeriod(2025, 4),
    });
    expect(query('top 3 sucursales por ticket promedio').ranking).toEqual({
      order: 'desc',
      by: 'value',
      limit: 3,
    });
    // Selling more per ticket is the average ticket, not the sales.
    expect(query('¿qué sucursal vende más por boleta?')).toMatchObject({
      intent: 'ranking',
      by: 'location',
      metric: 'avg_ticket',
    });
    expect(query('venta por boleta de octubre').metric).toBe('avg_ticket');
    // "Más" with a word of smallness is the bottom of the list.
    for (const question of [
      '¿qué productos tienen el margen más bajo?',
      'las categorías con las ventas más bajas',
      '¿cuál es la sucursal con el ticket promedio más chico?',
      'which product has the lowest margin',
    ])
      expect(query(question).ranking?.order, question).toBe('asc');
    expect(query('¿qué productos tienen el margen más alto?').ranking?.order).toBe('desc');
  });

  it('turns the company names into filters, and asks instead of guessing between two', () => {
    expect(query('¿Cuántos kilos de marraqueta vendí en Providencia?').filters).toMatchObject({
      product: 'P-1',
      location: 'Sucursal Providencia',
    });
    expect(query('ventas de lácteos').filters.category).toBe('Lácteos');
    expect(parse('¿Cuánto vendí de leche?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'ambiguous',
      options: ['Leche entera 1L', 'Leche descremada 1L'],
    });
  });

  it('never answers the total for a name it does not know, and asks which one for a shared word', () => {
    expect(parse('¿Cuánto vendí de manzanilla?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'unknown_name',
      options: ['manzanilla'],
    });
    expect(parse('How much did I sell of kombucha?')).toMatchObject({
      reason: 'unknown_name',
      options: ['kombucha'],
    });
    expect(parse('¿Cuánto vendí de leche el mes pasado?')).toMatchObject({ reason: 'ambiguous' });
    expect(query('¿Cuánto vendí de leche entera el mes pasado?').filters.product).toBe('P-2');
    // Who sold, named after the verb: a seller is no filter, so not the total either.
    expect(parse('¿Cuánto vendió Ana en octubre?')).toMatchObject({
      reason: 'unknown_name',
      options: ['ana'],
    });
    expect(query('¿Cuánto vendió Sucursal Providencia?').filters.location).toBe('Sucursal Providencia');
    expect(query('¿Cuánto vendió hoy la tienda?').filters).toMatchObject({ location: null, product: null });
  });

  it('breaks sales down by seller and by payment method, and refuses one seller', () => {
    expect(query('ventas por vendedor en octubre')).toMatchObject({ intent: 'ranking', by: 'seller' });
    expect(query('¿quién vendió más?')).toMatchObject({ intent: 'ranking', by: 'seller', metric: 'revenue' });
    expect(query('¿cuánta comisión ganó cada vendedor?')).toMatchObject({
      by: 'seller',
      metric: 'commission',
    });
    expect(query('ventas por medio de pago')).toMatchObject({ by: 'payment_method' });
    expect(query('top sellers this month').by).toBe('product');
    expect(parse('¿cuánto vendió el vendedor Juan?')).toMatchObject({ kind: 'unanswerable' });
    expect(parse('¿cuánto vendí en efectivo?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'not_in_data',
    });
  });

  it('refuses advice, the future, data it does not have and gibberish', () => {
    expect(parse('¿Debería invertir en acciones?')).toMatchObject({ kind: 'unanswerable', reason: 'advice' });
    expect(parse('¿Cuánto voy a vender el próximo mes?')).toMatchObject({
      kind: 'unanswerable',
      reason: 'future',
    });
    expect(parse('¿Cuánto stock tengo?')).toMatchObject({ kind: 'unanswerable', reason: 'not_in_data' });
    expect(parse('asdf qwerty')).toMatchObject({ kind: 'unanswerable', reason: 'not_understood' });
  });

  it('refuses taxes and other currencies with their own reasons', () => {
    for (const question of [
      '¿Cuánto vendí en noviembre sin IVA?',
      'ventas con iva',
      'How much tax did I pay?',
    ])
      expect(parse(question)).toMatchObject({ kind: 'unanswerable', reason: 'tax' });
    for (const question of ['¿Cuánto vendí en dólares?', 'ventas en euros', 'sales in USD'])
      expect(parse(question)).toMatchObject({ kind: 'unanswerable', reason: 'currency' });
  });

  it('reads the cost of what was sold as its own figure, and refuses a unit cost', () => {
    for (const question of [
      '¿Cuál fue el costo de ventas en octubre?',
      '¿Cuánto costó lo que vendí en octubre?',
      '¿Cuánto me costó la mercadería vendida en octubre?',
    ])
      expect(query(question), question).toMatchObject({ intent: 'value', metric: 'cost' });
    expect(query('costos por categoría')).toMatchObject({
      intent: 'ranking',
      metric: 'cost',
      by: 'category',
    });
    // Selling below cost is a margin under zero: the margins from the lowest, not the cost.
    for (const question of ['¿Qué productos vendo bajo costo?', '¿Qué productos tienen margen negativo?'])
      expect(query(question), question).toMatchObject({
        intent: 'ranking',
        metric: 'gross_margin',
        by: 'product',
        ranking: { order: 'asc' },
      });
    // Not the selling price, nor the cost of everything sold.
    for (const question of [
      '¿Cuál es el precio de costo de la leche entera?',
      'costo unitario del pan marraqueta',
      '¿A cuánto compro la marraqueta?',
      '¿Cuánto me cuesta el arriendo?',
      '¿Cuánto gasté en octubre?',
    ])
      expect(parse(question), question).toMatchObject({ kind: 'unanswerable', reason: 'not_in_data' });
    // "generó", "rindió": the sales, not a gender nor an unknown name.
    expect(query('¿Cuánto generó la matriz en octubre?')).toMatchObject({ metric: 'revenue' });
    expect(query('¿Qué sucursal rindió más en octubre?')).toMatchObject({
      metric: 'revenue',
      by: 'location',
    });
  });

  it("reads a customer's first or last purchase apart from the dates of all the data", () => {
    for (const question of [
      '¿Cuándo fue la última compra del cliente 12.345.678-5?',
      '¿Cuándo compró por última vez el cliente 12345678-5?',
      'When did customer 12.345.678-5 last buy?',
    ])
      expect(parse(question), question).toEqual({
        kind: 'coverage',
        language: question.startsWith('When') ? 'en' : 'es',
        customer: '12345678-5',
      });
    expect(parse('¿Cuándo fue mi última venta?')).toEqual({ kind: 'coverage', language: 'es' });
  });

  it('reads commissions as their own figure, never as the sales of the period', () => {
    expect(query('¿Cuánta comisión pagué en octubre?')).toMatchObject({
      intent: 'value',
      metric: 'commission',
      period: { grain: 'month', from: '2025-10-01', to: '2025-10-31' },
    });
    expect(query('How much commission did we pay last month?')).toMatchObject({
      metric: 'commission',
      period: { grain: 'month', from: '2025-12-01', to: '2025-12-31' },
    });
    expect(query('¿Qué producto dejó más comisiones este año?')).toMatchObject({
      intent: 'ranking',
      metric: 'commission',
      by: 'product',
    });
  });

  it('sends definitions to the help docs, in the language of the question', () => {
    expect(parse('¿Qué es el ticket promedio?')).toMatchObject({ kind: 'help', language: 'es' });
    expect(parse('What does average ticket mean?')).toMatchObject({ kind: 'help', language: 'en' });
  });
});
