import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';

const vocabulary = {
  products: [
    { id: 'PAN-001', name: 'Pan marraqueta' },
    { id: 'PAN-002', name: 'Pan hallulla' },
    { id: 'BEB-001', name: 'Coca-Cola 3L' },
    { id: 'BEB-002', name: 'Coca-Cola 1.5L' },
  ],
  categories: ['Panadería', 'Bebidas'],
  locations: ['Casa Matriz Ñuñoa', 'Sucursal Providencia'],
};

const parsed = (question: string) =>
  parseQuestion(question, { dataThrough: '2025-11-20', today: '2025-11-21', vocabulary });

function pairOf(question: string) {
  const result = parsed(question);
  if (result.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(result)}`);
  const { query, versus } = result;
  return { query, versus };
}

describe('two names side by side', () => {
  it('reads two branches, categories or products as a pair, in the order the question names them', () => {
    const branches = pairOf('ventas de la matriz vs providencia');
    expect(branches.query.filters.location).toBe('Casa Matriz Ñuñoa');
    expect(branches.versus).toEqual({
      dimension: 'location',
      first: 'Casa Matriz Ñuñoa',
      second: 'Sucursal Providencia',
    });
    expect(pairOf('ventas de providencia vs la matriz').versus?.first).toBe('Sucursal Providencia');
    const categories = pairOf('¿qué vendo más, pan o bebidas?');
    expect([categories.query.filters.category, categories.versus?.second]).toEqual(['Panadería', 'Bebidas']);
    const breads = pairOf('¿cuánto vendí de pan marraqueta y pan hallulla?');
    // Each is named by a word of its own: two products, not the Panadería category of "pan".
    expect(breads.query.filters).toMatchObject({ product: 'PAN-001', category: null });
    expect(breads.versus).toEqual({ dimension: 'product', first: 'PAN-001', second: 'PAN-002' });
    expect(pairOf('ventas de hallulla vs marraqueta').versus?.first).toBe('PAN-002');
  });

  it('keeps one name, a category, or the question which one, when no two are each named', () => {
    expect(pairOf('ventas de pan').query.filters.category).toBe('Panadería');
    expect(pairOf('ventas de pan').versus).toBeUndefined();
    expect(parsed('ventas de coca cola')).toMatchObject({
      kind: 'unanswerable',
      reason: 'ambiguous',
      options: ['Coca-Cola 3L', 'Coca-Cola 1.5L'],
    });
    expect(pairOf('ventas de coca cola 3l vs coca cola 1.5l').versus?.second).toBe('BEB-002');
    // A second name that is itself ambiguous: which one, not the first product answered alone.
    for (const question of [
      'coca cola vs pan marraqueta en octubre',
      '¿qué vendí más, coca cola o pan marraqueta?',
    ])
      expect(parsed(question), question).toMatchObject({
        kind: 'unanswerable',
        reason: 'ambiguous',
        options: ['Coca-Cola 3L', 'Coca-Cola 1.5L'],
      });
  });

  it('reads "vs" between names as the pair, and growth words as a comparison of periods', () => {
    expect(pairOf('ventas de marraqueta vs hallulla').query.compare).toBeNull();
    const grew = pairOf('¿cuánto creció providencia vs la matriz?');
    expect([grew.query.period?.from, grew.query.compare?.from]).toEqual(['2025-11-01', '2025-10-01']);
    const months = pairOf('ventas de providencia vs la matriz en octubre comparado con septiembre');
    expect([months.query.period?.from, months.query.compare?.from]).toEqual(['2025-10-01', '2025-09-01']);
  });

  it('asks which of the two is one figure: "qué vende más" is not a ranking of products', () => {
    const which = pairOf('¿qué vende más, la matriz o providencia?');
    expect([which.query.intent, which.query.by]).toEqual(['value', 'total']);
    expect(pairOf('¿qué sucursal vende más, providencia o la matriz?').query.by).toBe('total');
    expect(pairOf('ticket promedio de providencia y la matriz').query.metric).toBe('avg_ticket');
  });

  it('asks which one when each would be a list or a series', () => {
    for (const question of [
      'ventas por categoría en la matriz vs providencia',
      'top productos de providencia vs la matriz',
      'ventas por mes de providencia y la matriz',
    ])
      expect(parsed(question), question).toMatchObject({ kind: 'unanswerable', reason: 'ambiguous' });
  });

  it('reads two sets of days or two spans of hours as a pair', () => {
    expect(pairOf('¿vendo más los sábados o los domingos?').versus).toEqual({
      dimension: 'weekdays',
      first: [6],
      second: [7],
    });
    const week = pairOf('ventas de lunes a viernes vs fin de semana');
    expect([week.query.filters.weekdays, week.versus?.second]).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7],
    ]);
    // "¿qué día…?" beside two days asks which of them, not the ranking of the week.
    expect(pairOf('¿qué día vendo más, sábado o domingo?').query.by).toBe('total');
    const hours = pairOf('¿vendo más en la mañana o en la tarde?');
    expect([hours.query.filters.hours, hours.versus?.second]).toEqual([
      { from: 6, to: 12 },
      { from: 12, to: 18 },
    ]);
    expect(pairOf('ventas de la noche vs la mañana').versus?.second).toEqual({ from: 6, to: 12 });
    // "por la mañana", "in the morning", "at night": the same times of day.
    for (const [question, first, second] of [
      ['¿vendo más por la mañana o por la tarde?', 6, 12],
      ['Do we sell more in the morning or in the evening?', 6, 18],
      ['do I sell more at night or in the afternoon', 18, 12],
    ] as const) {
      const side = pairOf(question);
      expect(
        [side.query.filters.hours?.from, (side.versus?.second as { from: number } | undefined)?.from],
        question,
      ).toEqual([first, second]);
    }
    // Two branches and two sets of days at once are four answers: which is asked.
    expect(parsed('ventas de providencia vs la matriz los sábados o domingos')).toMatchObject({
      kind: 'unanswerable',
      reason: 'ambiguous',
    });
  });

  it('reads "el ticket" in the singular as the average ticket', () => {
    expect(pairOf('¿qué tal el ticket en la matriz?').query.metric).toBe('avg_ticket');
    expect(pairOf('¿cuántos tickets tuve?').query.metric).toBe('transactions');
  });
});
