import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';

const query = (question: string) => {
  const parsed = parseQuestion(question, { dataThrough: '2026-01-10' });
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('the average per day', () => {
  it('reads "vendo en promedio al día" as one figure: sales per day with sales', () => {
    for (const question of [
      '¿Cuánto vendo en promedio al día?',
      '¿cuál es mi venta diaria promedio en diciembre?',
      'venta promedio por día del mes pasado',
      'promedio diario de ventas este año',
      'average daily sales last month',
      'how much do we sell per day on average',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'avg_daily_revenue',
        by: 'total',
      });
    }
  });

  it('reads a typical weekday ("un sábado", "un domingo normal") as the sales per one of those days', () => {
    const cases: [string, number[] | null][] = [
      ['¿Cuánto vendo en promedio un sábado?', [6]],
      ['¿cuánto vendo un domingo?', [7]],
      ['¿cuánto vendo un día lunes?', [1]],
      ['¿cuánto vendo un martes normal?', [2]],
      ['what are my sales on a typical saturday', [6]],
      ['typical day sales', null],
    ];
    for (const [question, weekdays] of cases)
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'avg_daily_revenue',
        filters: { weekdays },
      });
    // Past tense names no day of its own: which Saturday is not said.
    expect(parseQuestion('¿cuánto vendí un sábado?', { dataThrough: '2026-01-10' }).kind).toBe(
      'unanswerable',
    );
  });

  it('reads a typical weekday for tickets and customers too ("¿cuántas boletas hago un martes normal?")', () => {
    const cases: [string, string, number[]][] = [
      ['¿cuántas boletas hago un martes normal?', 'avg_daily_transactions', [2]],
      ['¿Cuántas ventas hacemos un viernes?', 'avg_daily_transactions', [5]],
      ['¿cuántas boletas hago en promedio cualquier domingo?', 'avg_daily_transactions', [7]],
      ['how many tickets on a typical Saturday', 'avg_daily_transactions', [6]],
      ['¿cuántos clientes atiendo un sábado normal?', 'avg_daily_customers', [6]],
      ['customers on a typical Monday', 'avg_daily_customers', [1]],
    ];
    for (const [question, metric, weekdays] of cases)
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric,
        period: null,
        filters: { weekdays },
      });
    // A dated Tuesday is that day's count, not an average.
    expect(query('¿cuántas boletas hice el martes 6?')).toMatchObject({
      metric: 'transactions',
      period: { from: '2026-01-06', to: '2026-01-06' },
    });
  });

  it('reads "vendo al mes" and "a la semana" as the sales per month or week, not a series', () => {
    const cases: [string, string][] = [
      ['¿Cuánto vendo al mes en promedio?', 'avg_monthly_revenue'],
      ['¿cuál es mi venta mensual promedio?', 'avg_monthly_revenue'],
      ['¿cuánto vendí en promedio por mes este año?', 'avg_monthly_revenue'],
      ['average monthly sales', 'avg_monthly_revenue'],
      ['¿Cuánto vendo a la semana?', 'avg_weekly_revenue'],
      ['venta promedio semanal del año pasado', 'avg_weekly_revenue'],
    ];
    for (const [question, metric] of cases)
      expect(query(question), question).toMatchObject({ intent: 'value', metric, by: 'total' });
    const vocabulary = { products: [], categories: [], locations: ['Sucursal Providencia'] };
    expect(
      parseQuestion('¿cuánto vende providencia al mes?', { dataThrough: '2026-01-10', vocabulary }),
    ).toMatchObject({
      query: { metric: 'avg_monthly_revenue', filters: { location: 'Sucursal Providencia' } },
    });
    // The past, per month, is each month's figure.
    expect(query('¿cuánto vendí por mes este año?')).toMatchObject({ intent: 'series', by: 'month' });
  });

  it('reads "cuántas boletas hago al día" as tickets per day with sales', () => {
    for (const question of [
      '¿Cuántas boletas hago al día?',
      '¿cuántas boletas hacemos en promedio por día en noviembre?',
      'boletas promedio por día del mes pasado',
      'promedio diario de boletas este año',
      '¿cuántas ventas hago al día?',
      'average daily transactions last month',
      'how many receipts do we ring up per day',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'avg_daily_transactions',
        by: 'total',
      });
    }
    // Past tense per day is the series of those days; a total is a total.
    expect(query('¿cuántas boletas hice por día la semana pasada?')).toMatchObject({
      intent: 'series',
      metric: 'transactions',
    });
    expect(query('¿cuántas boletas hice en noviembre?').metric).toBe('transactions');
  });

  it('reads "cuántos clientes atiendo al día" as identified customers per day with sales', () => {
    for (const question of [
      '¿Cuántos clientes atiendo al día?',
      '¿cuántos clientes tengo en promedio por día?',
      'clientes promedio por día del mes pasado',
      'promedio diario de clientes este año',
      '¿cuántos clientes vienen en promedio al día?',
      'average daily customers last month',
      'how many customers do we get per day',
    ]) {
      expect(query(question), question).toMatchObject({
        intent: 'value',
        metric: 'avg_daily_customers',
        by: 'total',
      });
    }
    const atBranches = (question: string) =>
      parseQuestion(question, {
        dataThrough: '2026-01-10',
        vocabulary: { products: [], categories: [], locations: ['Sucursal Providencia'] },
      });
    expect(atBranches('¿cuántos clientes me compran al día en Providencia?')).toMatchObject({
      kind: 'query',
      query: {
        intent: 'value',
        metric: 'avg_daily_customers',
        filters: { location: 'Sucursal Providencia' },
      },
    });
    expect(atBranches('¿qué sucursal atiende más clientes al día?')).toMatchObject({
      kind: 'query',
      query: { intent: 'ranking', metric: 'avg_daily_customers', by: 'location' },
    });
    // A count over a period stays the distinct customers of that period.
    expect(query('¿cuántos clientes tuve en noviembre?').metric).toBe('customers');
  });

  it('ranks branches by it when asked which one', () => {
    expect(
      parseQuestion('¿qué sucursal tiene mejor venta promedio diaria?', {
        dataThrough: '2026-01-10',
        vocabulary: { products: [], categories: [], locations: ['Sucursal Providencia'] },
      }),
    ).toMatchObject({
      kind: 'query',
      query: { intent: 'ranking', by: 'location', metric: 'avg_daily_revenue' },
    });
  });

  it('leaves the daily series, the ticket and the sales as they were', () => {
    expect(query('ventas diarias del mes pasado')).toMatchObject({
      intent: 'series',
      by: 'day',
      metric: 'revenue',
    });
    expect(query('cuanto vendí por día la semana pasada')).toMatchObject({ intent: 'series', by: 'day' });
    expect(query('venta promedio por boleta').metric).toBe('avg_ticket');
    expect(query('¿cuánto vendí el mes pasado?').metric).toBe('revenue');
    // Other averages per day are still no figure of the catalog.
    expect(
      parseQuestion('¿cuántas unidades vendo en promedio al día?', { dataThrough: '2026-01-10' }),
    ).toMatchObject({
      kind: 'unanswerable',
      reason: 'not_in_data',
    });
  });
});

describe('an average over some weekdays', () => {
  it('reads «en promedio los lunes» as the sales or tickets per Monday with sales', () => {
    expect(query('¿cuánto vendí en promedio los lunes?')).toMatchObject({
      intent: 'value',
      metric: 'avg_daily_revenue',
      filters: { weekdays: [1] },
    });
    expect(query('¿cuánto vendo en promedio los fines de semana?').filters.weekdays).toEqual([6, 7]);
    expect(query('average sales on saturdays')).toMatchObject({
      metric: 'avg_daily_revenue',
      filters: { weekdays: [6] },
    });
    expect(query('¿cuántas transacciones promedio hago los sábados?')).toMatchObject({
      metric: 'avg_daily_transactions',
      filters: { weekdays: [6] },
    });
    // The average ticket of a weekday stays the average ticket.
    expect(query('ticket promedio de los sábados').metric).toBe('avg_ticket');
  });
});
