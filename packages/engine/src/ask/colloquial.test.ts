import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './normalize';
import { parseQuestion } from './parse-question';
import { correctTypos } from './typos';

const vocabulary = {
  products: [
    { id: 'P-1', name: 'Pan marraqueta' },
    { id: 'P-2', name: 'Trutro entero de pollo' },
    { id: 'P-3', name: 'Manzana roja' },
  ],
  categories: ['Lácteos', 'Limpieza'],
  locations: ['Casa Matriz Ñuñoa', 'Sucursal Providencia'],
};
// A Thursday, so "el finde" and "el martes" lie in the previous year.
const dataThrough = '2026-01-01';
const query = (question: string) => {
  const parsed = parseQuestion(question, { dataThrough, vocabulary });
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('typos', () => {
  const fix = (text: string) => correctTypos(normalizeQuestion(text), vocabulary);

  it('reads a word one keystroke from a known one as that word', () => {
    expect(fix('tiket promedio del mes pasdo')).toBe('ticket promedio del mes pasado');
    expect(fix('cuanto bendi en probidencia')).toBe('cuanto vendi en providencia');
    expect(fix('marraquta')).toBe('marraqueta');
  });

  it('leaves real words alone, even one keystroke from a known one', () => {
    const kept = 'cuarto trimestre evolucion de la manana junio julio plata que entro abrir';
    expect(fix(kept)).toBe(kept);
  });

  it('keeps "q3" a quarter while "q" alone is "que"', () => {
    expect(normalizeQuestion('ventas q3 x sucursal, q dia')).toBe('ventas q 3 por sucursal que dia');
  });
});

describe('colloquial periods', () => {
  it('resolves weekends, weekdays and day-month dates back across the new year', () => {
    expect(query('boletas del finde').period).toEqual({
      grain: 'range',
      from: '2025-12-27',
      to: '2025-12-28',
    });
    expect(query('cuanto vendi el martes').period).toEqual({
      grain: 'day',
      from: '2025-12-30',
      to: '2025-12-30',
    });
    expect(query('venta del 15/09').period).toEqual({ grain: 'day', from: '2025-09-15', to: '2025-09-15' });
    expect(query('ventas de hace dos meses').period).toEqual({
      grain: 'month',
      from: '2025-11-01',
      to: '2025-11-30',
    });
    expect(query('ventas del mes antepasado').period).toEqual({
      grain: 'month',
      from: '2025-11-01',
      to: '2025-11-30',
    });
  });

  it('reads "del año" as this year, but "del año 2024" as that year alone', () => {
    expect(query('los 5 productos mas vendidos del año').period?.from).toBe('2026-01-01');
    const named = query('ventas del año 2024');
    expect([named.period?.from, named.compare]).toEqual(['2024-01-01', null]);
    expect(query('boletas de antier').period?.from).toBe('2025-12-30');
  });

  it('names holidays by their latest date, and compares "esta semana" with "la pasada"', () => {
    expect(query('boletas de nochebuena').period?.from).toBe('2025-12-24');
    expect(query('sales on new years day').period?.from).toBe('2026-01-01');
    const weeks = query('las ventas de esta semana van mejor que la pasada');
    expect([weeks.period?.from, weeks.compare?.from]).toEqual(['2025-12-29', '2025-12-22']);
  });

  it('reads "el día 3", two months compared with "entre", and "entre las 10 y las 2"', () => {
    expect(query('ventas del dia 3').period?.from).toBe('2025-12-03');
    const months = query('comparar ventas entre octubre y septiembre');
    expect([months.period?.from, months.compare?.from]).toEqual(['2025-10-01', '2025-09-01']);
    expect(query('boletas entre las 10 y las 2').filters.hours).toEqual({ from: 10, to: 14 });
  });

  it('reads halves of the month and of the year, "hasta junio" and "el mes 10" across the new year', () => {
    const span = (question: string) => {
      const { period } = query(question);
      return [period?.from, period?.to];
    };
    expect(span('ventas de esta quincena')).toEqual(['2026-01-01', '2026-01-15']);
    expect(span('¿cuánto vendí la quincena pasada?')).toEqual(['2025-12-16', '2025-12-31']);
    expect(span('¿cuánto vendí este semestre?')).toEqual(['2026-01-01', '2026-06-30']);
    expect(span('ventas del semestre anterior')).toEqual(['2025-07-01', '2025-12-31']);
    // The year up to that month, not June alone; "de marzo hasta junio" stays a range of months.
    expect(span('¿cuánto vendí hasta junio?')).toEqual(['2025-01-01', '2025-06-30']);
    expect(span('¿cuánto vendí de marzo hasta junio?')).toEqual(['2025-03-01', '2025-06-30']);
    expect(span('¿cuánto vendí el mes 10?')).toEqual(['2025-10-01', '2025-10-31']);
    for (const question of ['¿cuánto vendí los feriados?', '¿cuánto vendo a fin de mes?'])
      expect(parseQuestion(question, { dataThrough, vocabulary }), question).toMatchObject({
        kind: 'unanswerable',
        reason: 'not_in_data',
      });
  });

  it('keeps plural weekdays and weekends as filters', () => {
    expect(query('cuanto vendo los findes').filters.weekdays).toEqual([6, 7]);
    expect(query('sales on friday nights').filters).toMatchObject({
      weekdays: [5],
      hours: { from: 18, to: 22 },
    });
  });

  it('reads day ranges inside a month and "compared to last week" as this week against the last', () => {
    expect(query('cuanto vendi entre el 1 y el 15 de octubre').period).toEqual({
      grain: 'range',
      from: '2025-10-01',
      to: '2025-10-15',
    });
    const weekly = query('sales compared to last week');
    expect([weekly.period?.from, weekly.compare?.from]).toEqual(['2025-12-29', '2025-12-22']);
  });

  it('reads hours after and before a time of day', () => {
    expect(query('ventas despues de las 7 de la tarde').filters.hours).toEqual({ from: 19, to: 24 });
    expect(query('sales before 10am').filters.hours).toEqual({ from: 0, to: 10 });
  });
});

describe('names and refusals', () => {
  it('maps everyday words to the company names, and refuses a branch it does not have', () => {
    expect(query('dairy sales').filters.category).toBe('Lácteos');
    expect(query('ventas de aseo').filters.category).toBe('Limpieza');
    const parsed = parseQuestion('ventas de la sucursal centro', { dataThrough, vocabulary });
    expect(parsed).toMatchObject({ kind: 'unanswerable', reason: 'unknown_name', options: ['centro'] });
  });

  it('answers a question naming two products for both, never for the first one alone', () => {
    const parsed = parseQuestion('que vendo mas, marraqueta o manzana', { dataThrough, vocabulary });
    expect(parsed).toMatchObject({
      kind: 'query',
      query: { filters: { product: 'P-1' } },
      versus: { dimension: 'product', second: 'P-3' },
    });
    expect(query('cuanto vendi de manzana roja').filters.product).toBe('P-3');
  });

  it('refuses how many products the shop has, and reads how many it sold as the units sold', () => {
    expect(parseQuestion('¿cuántos productos tengo?', { dataThrough, vocabulary })).toMatchObject({
      kind: 'unanswerable',
      reason: 'not_in_data',
    });
    expect(query('¿cuántos productos vendí el mes pasado?').metric).toBe('units');
    // Distinct ones are those with a sale.
    expect(query('¿cuántos productos distintos vendo?').metric).toBe('products_sold');
  });

  it('counts returning customers and refuses pricing advice instead of answering something else', () => {
    expect(query('cuantos clientes volvieron a comprar').metric).toBe('returning_customers');
    expect(parseQuestion('cuanto deberia cobrar por la marraqueta', { dataThrough, vocabulary }).kind).toBe(
      'unanswerable',
    );
    expect(query('clientes que ya no vienen').segment).toBe('churned');
  });
});

describe('more ways owners say it', () => {
  it('reads «para el 18» as the national holidays, and a bare 18th as a day', () => {
    expect(query('¿cuánto vendí para el 18?').period).toEqual({
      grain: 'range',
      from: '2025-09-18',
      to: '2025-09-19',
    });
    expect(query('¿cuánto vendí el 18?').period).toEqual({
      grain: 'day',
      from: '2025-12-18',
      to: '2025-12-18',
    });
    expect(query('¿cuánto vendí para el 18 de noviembre?').period?.from).toBe('2025-11-18');
  });

  it('reads «el segundo» after a half as the other half of the year', () => {
    expect(query('¿cuánto vendí el primer semestre comparado con el segundo?')).toMatchObject({
      period: { grain: 'range', from: '2026-01-01', to: '2026-06-30' },
      compare: { grain: 'range', from: '2026-07-01', to: '2026-12-31' },
    });
  });

  it('counts the tickets with a return, and refuses a part of the margin', () => {
    expect(query('¿cuántas boletas tuvieron devoluciones?').metric).toBe('returns');
    expect(query('how many receipts had returns').metric).toBe('returns');
    for (const question of [
      '¿qué porcentaje del margen viene de lácteos?',
      'what share of my margin is dairy',
    ])
      expect(parseQuestion(question, { dataThrough, vocabulary }), question).toMatchObject({
        kind: 'unanswerable',
        reason: 'not_in_data',
      });
    expect(query('¿qué porcentaje de margen tiene lácteos?').metric).toBe('margin_pct');
  });
});

describe('the largest tickets', () => {
  it('reads a single sale or ticket «más grande» as the largest tickets, one or as many as asked', () => {
    expect(query('¿cuál fue la boleta más grande?')).toMatchObject({
      intent: 'segment',
      segment: 'largest_tickets',
      ranking: { limit: 1 },
    });
    expect(query('las 10 ventas más altas de diciembre')).toMatchObject({
      segment: 'largest_tickets',
      period: { grain: 'month', from: '2025-12-01' },
      ranking: { limit: 10 },
    });
    expect(query('our biggest sale').segment).toBe('largest_tickets');
    expect(query('boletas más grandes de Providencia').ranking?.limit).toBe(5);
  });

  it('keeps the days, months and products of the most sales as rankings', () => {
    expect(query('¿cuál fue el día con la venta más alta?')).toMatchObject({ intent: 'ranking', by: 'day' });
    expect(query('which month had the highest sales')).toMatchObject({ intent: 'ranking', by: 'month' });
    expect(query('¿qué producto tiene la venta más alta?')).toMatchObject({
      intent: 'ranking',
      by: 'product',
    });
    // "el ticket más alto" of each day or branch is their average ticket; alone, the largest ticket.
    expect(query('¿qué día de la semana tiene el ticket más alto?')).toMatchObject({
      metric: 'avg_ticket',
      by: 'weekday',
    });
    expect(query('which branch has the biggest tickets')).toMatchObject({
      metric: 'avg_ticket',
      by: 'location',
    });
    expect(query('¿cuál fue el ticket más alto?').segment).toBe('largest_tickets');
  });
});

describe('the days the data covers', () => {
  it('reads the first or last sale and the dates of the data as a question about them', () => {
    for (const question of [
      '¿cuándo fue mi última venta?',
      '¿desde cuándo tengo datos?',
      'when was my last sale',
      'what dates does my data cover',
    ])
      expect(parseQuestion(question, { dataThrough, vocabulary }).kind, question).toBe('coverage');
    // The sales of the last days are a figure.
    expect(query('¿cuánto vendí la última semana?').metric).toBe('revenue');
  });
});

describe('units per ticket', () => {
  it('reads the units of a ticket as units per transaction, never as a list of products', () => {
    for (const question of [
      '¿cuántas unidades por boleta vendo?',
      '¿cuántos productos lleva cada boleta en promedio?',
      'how many items per receipt',
    ])
      expect(query(question), question).toMatchObject({ metric: 'units_per_transaction', by: 'total' });
    expect(query('¿qué sucursal tiene más unidades por boleta?')).toMatchObject({
      metric: 'units_per_transaction',
      by: 'location',
    });
  });
});
