import { describe, expect, it } from 'vitest';
import { parseQuestion } from './parse-question';

const vocabulary = {
  products: [
    { id: 'VIN-1', name: 'Vino Santa Rita 120 Cabernet 750ml' },
    { id: 'PAN-1', name: 'Pan marraqueta' },
    { id: 'VIE-1', name: 'Vienesas San Jorge 20 un' },
  ],
  categories: ['Bebidas'],
  locations: [],
};

/** The question read on `today` (Chile's calendar day), with data through the day before. */
function parsed(question: string, today = '2026-12-07') {
  return parseQuestion(question, { dataThrough: '2026-12-06', today, vocabulary });
}

function query(question: string, today?: string) {
  const result = parsed(question, today);
  if (result.kind !== 'query') throw new Error(`not a query: ${JSON.stringify(result)}`);
  return result.query;
}

describe('named days, long weekends, CyberDay and seasons', () => {
  it('reads Holy Week as Monday to Easter Sunday, the latest begun by today', () => {
    // Easter Sunday: 31 March 2024, 20 April 2025, 5 April 2026.
    expect(query('¿cuánto vendí en semana santa?').period).toEqual({
      grain: 'week',
      from: '2026-03-30',
      to: '2026-04-05',
    });
    expect(query('ventas de semana santa 2025').period).toEqual({
      grain: 'week',
      from: '2025-04-14',
      to: '2025-04-20',
    });
    expect(query('sales during holy week last year').period?.from).toBe('2025-04-14');
    // Before this year's has begun, the one of last year; once begun, this year's.
    expect(query('ventas en semana santa', '2026-03-29').period?.from).toBe('2025-04-14');
    expect(query('ventas en semana santa', '2026-03-30').period?.from).toBe('2026-03-30');
  });

  it('reads the days of Holy Week, not the last Thursday, Friday or Sunday', () => {
    const day = (question: string, today?: string) => query(question, today).period?.from;
    expect(day('¿cuánto vendí el jueves santo?')).toBe('2026-04-02');
    expect(day('¿cuánto vendí el viernes santo?')).toBe('2026-04-03');
    expect(day('boletas del sábado santo 2024')).toBe('2024-03-30');
    expect(day('venta del domingo de resurrección')).toBe('2026-04-05');
    expect(day('venta del domingo de pascua', '2026-04-04')).toBe('2025-04-20');
    expect(day('sales on good friday 2025')).toBe('2025-04-18');
    expect(day('easter sales')).toBe('2026-04-05');
  });

  it('does not read "pascua" alone as Easter: in Chile it is also Christmas', () => {
    const result = parsed('¿cuánto vendí en pascua?');
    expect(result.kind === 'query' && result.query.period?.from === '2026-04-05').toBe(false);
  });

  it('compares two Holy Weeks, or one with the week before', () => {
    const years = query('semana santa 2025 vs semana santa 2024');
    expect([years.period?.from, years.compare?.from]).toEqual(['2025-04-14', '2024-03-25']);
    const weeks = query('¿cuánto vendí en semana santa comparado con la semana anterior?');
    expect([weeks.period?.from, weeks.compare?.from]).toEqual(['2026-03-30', '2026-03-23']);
  });

  it('keeps a product whose name shares a word with the period, and finds none in the period', () => {
    expect(query('ventas en semana santa').filters.product).toBeNull();
    const both = query('ventas de vino santa rita en semana santa');
    expect([both.filters.product, both.period?.from]).toEqual(['VIN-1', '2026-03-30']);
  });

  it('reads Black Friday as the day after the fourth Thursday of November', () => {
    const day = (question: string, today?: string) => query(question, today).period;
    expect(day('¿cuánto vendí en black friday?')).toEqual({
      grain: 'day',
      from: '2026-11-27',
      to: '2026-11-27',
    });
    expect(day('ventas del black friday', '2026-11-26')?.from).toBe('2025-11-28');
    expect(day('boletas del black friday 2024')?.from).toBe('2024-11-29');
    const compared = query('¿cuánto vendí en black friday 2025 comparado con el black friday 2024?');
    expect([compared.period?.from, compared.compare?.from]).toEqual(['2025-11-28', '2024-11-29']);
  });

  it('compares a day that moves with the same day a year before, not the same date', () => {
    const pair = (question: string) => {
      const q = query(question);
      return [q.period?.from, q.compare?.from, q.compare?.to];
    };
    expect(pair('¿cuánto vendí en black friday comparado con el del año pasado?')).toEqual([
      '2026-11-27',
      '2025-11-28',
      '2025-11-28',
    ]);
    expect(pair('sales on black friday vs last year')).toEqual(['2026-11-27', '2025-11-28', '2025-11-28']);
    expect(pair('semana santa vs la del año pasado')).toEqual(['2026-03-30', '2025-04-14', '2025-04-20']);
    expect(pair('venta del día de la madre vs el del año pasado')).toEqual([
      '2026-05-10',
      '2025-05-11',
      '2025-05-11',
    ]);
  });

  it('reads "el del año pasado" as the same period a year before, not the whole year', () => {
    const months = query('ventas de octubre comparado con el del año pasado');
    expect([months.period?.from, months.compare]).toEqual([
      '2026-10-01',
      { grain: 'month', from: '2025-10-01', to: '2025-10-31' },
    ]);
    expect(query('cuánto vendí en navidad comparado con la del año pasado').compare?.from).toBe('2024-12-25');
    // Without the article it is still the year.
    expect(query('ventas del año pasado').period).toEqual({
      grain: 'year',
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('reads the other holidays and named days by name, moved to a Monday or Friday as the law moves them', () => {
    const day = (question: string) => query(question).period?.from;
    expect(day('ventas del día del trabajador')).toBe('2026-05-01');
    expect(day('ventas de glorias navales')).toBe('2026-05-21');
    expect(day('¿cuánto vendí el día de todos los santos?')).toBe('2026-11-01');
    expect(day('ventas de la inmaculada concepción 2025')).toBe('2025-12-08');
    expect(day('¿cuánto vendí el día del niño?')).toBe('2026-08-09');
    // 29 June 2027 is a Tuesday: the holiday is Monday the 28th; 12 October 2028, a Thursday: Monday the 9th.
    expect(day('ventas de san pedro y san pablo 2027')).toBe('2027-06-28');
    expect(day('ventas del día de la raza 2028')).toBe('2028-10-09');
    // 31 October 2029 is a Wednesday: the Friday after.
    expect(day('ventas del día de las iglesias evangélicas 2029')).toBe('2029-11-02');
    // San Valentín is a day, not the product "Vienesas San Jorge".
    const valentine = query('¿cuánto vendí en san valentín?');
    expect([valentine.period?.from, valentine.filters.product]).toEqual(['2026-02-14', null]);
  });

  it('reads "el fin de semana largo" as the latest three or more days off in a row', () => {
    // Monday 12 October 2026 (Encuentro de Dos Mundos) after a weekend; 8 December is a Tuesday.
    expect(query('¿cuánto vendí el fin de semana largo?').period).toEqual({
      grain: 'range',
      from: '2026-10-10',
      to: '2026-10-12',
    });
    // On Sunday 20 September 2026: Friday 18 to Sunday 20 (begun, so it counts).
    expect(query('ventas del finde largo', '2026-09-20').period).toEqual({
      grain: 'range',
      from: '2026-09-18',
      to: '2026-09-20',
    });
    // Holy Week 2026: Good Friday to Easter Sunday.
    expect(query('ventas del fin de semana largo', '2026-04-10').period?.from).toBe('2026-04-03');
    // A plain weekend is still the last Saturday and Sunday.
    expect(query('ventas del fin de semana').period).toEqual({
      grain: 'range',
      from: '2026-12-05',
      to: '2026-12-06',
    });
  });

  it('reads "octubre de este año" as this year\'s October, not compared with the whole year', () => {
    const october = query('ventas de octubre de este año');
    expect([october.period?.from, october.compare]).toEqual(['2026-10-01', null]);
    // In March, this year's October has not come: still this year's, not last year's.
    expect(query('ventas de octubre de este año', '2026-03-01').period?.from).toBe('2026-10-01');
    for (const question of ['ventas del primer trimestre de este año', 'ventas del q1 de este año'])
      expect(query(question).compare, question).toBeNull();
    const quarters = query('¿cuánto vendí el primer trimestre de este año comparado con el del año pasado?');
    expect([quarters.period?.from, quarters.compare?.from]).toEqual(['2026-01-01', '2025-01-01']);
  });

  it('reads "la semana del 18" as the week holding the latest 18th', () => {
    expect(query('¿cuánto vendí la semana del 18?').period).toEqual({
      grain: 'week',
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(query('ventas del 18').period).toEqual({ grain: 'day', from: '2026-11-18', to: '2026-11-18' });
  });

  it('asks for the days of a CyberDay instead of guessing them', () => {
    for (const question of ['¿cuánto vendí en el cyberday?', 'ventas del cyber', 'cyber day sales'])
      expect(parsed(question)).toMatchObject({ kind: 'unanswerable', reason: 'event_dates' });
  });

  it('asks for the months of a season, unless the season is a word of one of the names', () => {
    for (const question of ['¿cuánto vendí en verano?', 'ventas en vacaciones de invierno', 'winter sales'])
      expect(parsed(question)).toMatchObject({ kind: 'unanswerable', reason: 'season_dates' });
    const withSummerProduct = parseQuestion('ventas de helado de verano', {
      dataThrough: '2026-12-06',
      today: '2026-12-07',
      vocabulary: { products: [{ id: 'HEL-1', name: 'Helado de verano 1L' }], categories: [], locations: [] },
    });
    expect(withSummerProduct).toMatchObject({ kind: 'query', query: { filters: { product: 'HEL-1' } } });
  });
});
