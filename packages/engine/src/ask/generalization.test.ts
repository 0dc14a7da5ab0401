import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './normalize';
import { parseQuestion } from './parse-question';
import { correctTypos } from './typos';

/* General rules (not phrases) that fresh questions needed, on a company other than the demo one. */

const vocabulary = {
  products: [
    { id: 'K-1', name: 'Kuchen de manzana' },
    { id: 'K-2', name: 'Pepsi Cola 2L' },
    { id: 'K-3', name: 'Empanada napolitana' },
  ],
  categories: ['Pastelería', 'Bebidas'],
  locations: ['Local Centro', 'Local Mall'],
};
const dataThrough = '2025-06-12';
const parse = (question: string) => parseQuestion(question, { dataThrough, vocabulary });
const query = (question: string) => {
  const parsed = parse(question);
  if (parsed.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(parsed)}`);
  return parsed.query;
};

describe('normalization', () => {
  it('spells out English contractions', () => {
    expect(normalizeQuestion("how'd we do? didn't we sell more")).toBe('how did we do did not we sell more');
    expect(query("how'd we do yesterday").period).toEqual({
      grain: 'day',
      from: '2025-06-11',
      to: '2025-06-11',
    });
  });

  it('splits two words of a name typed as one, and reads a slip before a plural', () => {
    expect(query('ventas de pepsicola').filters.product).toBe('K-2');
    expect(correctTypos(normalizeQuestion('empanadas napolitnas'), vocabulary)).toBe('empanadas napolitanas');
  });

  it('reads three-letter slips only towards a few calendar words', () => {
    expect(correctTypos('cuanto vendi ayr', vocabulary)).toBe('cuanto vendi ayer');
    expect(correctTypos('por las', vocabulary)).toBe('por las');
    expect(correctTypos('revenue lsat month this yaer', vocabulary)).toBe('revenue last month this year');
    expect(correctTypos('clientes nuebos en riezgo', vocabulary)).toBe('clientes nuevos en riesgo');
  });
});

describe('slots', () => {
  it('ranks a calendar or clock unit picked by a superlative after it', () => {
    expect(query('mes con mayor venta del 2024')).toMatchObject({ intent: 'ranking', by: 'month' });
    expect(query('horario con mas boletas')).toMatchObject({ by: 'hour', metric: 'transactions' });
    expect(query('weekday with the fewest customers')).toMatchObject({ by: 'weekday', metric: 'customers' });
  });

  it('takes a lexicon word after "of" for a figure, not for an unknown name', () => {
    expect(query('number of refunds this year').metric).toBe('returns');
    expect(parse('ventas de frambuesa')).toMatchObject({ kind: 'unanswerable', reason: 'unknown_name' });
  });

  it('compares, instead of joining, two periods after "la diferencia entre"', () => {
    const { period, compare } = query('diferencia entre marzo y abril');
    expect([period?.from, compare?.from]).toEqual(['2025-03-01', '2025-04-01']);
    expect(query('ventas entre marzo y abril').period).toEqual({
      grain: 'range',
      from: '2025-03-01',
      to: '2025-04-30',
    });
  });
});

describe('a change against one period named', () => {
  it('compares the current period of that grain with it', () => {
    const { period, compare } = query('cuanto hemos crecido respecto al 2024');
    expect([period?.from, compare?.from]).toEqual(['2025-01-01', '2024-01-01']);
    expect(query('crecimiento de las ventas en 2024').compare?.from).toBe('2023-01-01');
  });
});

describe('parts of a month', () => {
  it('reads the first or last days and the halves of a month', () => {
    expect(query('ventas de los primeros 10 dias del mes').period).toEqual({
      grain: 'range',
      from: '2025-06-01',
      to: '2025-06-10',
    });
    expect(query('sales for the last 5 days of may').period).toEqual({
      grain: 'range',
      from: '2025-05-27',
      to: '2025-05-31',
    });
    expect(query('second half of may sales').period).toEqual({
      grain: 'range',
      from: '2025-05-16',
      to: '2025-05-31',
    });
  });
});

describe('days as typed', () => {
  const day = (date: string) => ({ grain: 'day', from: date, to: date });
  it('reads a bare day number, dashed and ISO dates, and chat abbreviations', () => {
    expect(query('cuanto vendimos el 10').period).toEqual(day('2025-06-10'));
    expect(query('cuanto vendimos el 20').period).toEqual(day('2025-05-20'));
    expect(query('ventas desde el 1 de mayo hasta hoy').period).toEqual({
      grain: 'range',
      from: '2025-05-01',
      to: '2025-06-12',
    });
    expect(query('ventas el 03-05-2025').period).toEqual(day('2025-05-03'));
    expect(query('ventas 2025-05-03').period).toEqual(day('2025-05-03'));
    expect(query('cuantas lukas hizo la sucu centro').filters.location).toBe('Local Centro');
  });
});

describe('honest refusals', () => {
  it('refuses a qualifier the sales file does not carry instead of answering the total', () => {
    for (const question of [
      'ventas a restaurantes',
      'cuanto vendi por whatsapp',
      'sales to tourists',
      'ventas online',
    ])
      expect(parse(question).kind).toBe('unanswerable');
    expect(query('cuanto vendi en total en el local centro').filters.location).toBe('Local Centro');
  });

  it('refuses the future whatever the verb, and verdicts that need a benchmark', () => {
    for (const question of [
      'cuanto me van a comprar en julio',
      'cual sera mi venta de julio',
      'sales tomorrow',
      'es buen margen un 30%',
      'whats the best time to open',
    ])
      expect(parse(question).kind).toBe('unanswerable');
  });
});
