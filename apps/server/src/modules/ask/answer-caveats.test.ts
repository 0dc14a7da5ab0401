import type { AskQuery } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { caveats } from './answer-caveats';
import type { Execution } from './execute-query';

const november: AskQuery = {
  intent: 'value',
  metric: 'revenue',
  by: 'total',
  period: { grain: 'month', from: '2025-11-01', to: '2025-11-30' },
  compare: null,
  filters: {
    product: null,
    category: null,
    customer: null,
    location: null,
    unit: null,
    weekdays: null,
    hours: null,
  },
  ranking: null,
  segment: null,
  currency: 'UF',
};
const data = { through: '2025-11-30', from: '2025-01-01' };
const run = (uf: Execution['uf']): Execution => ({ items: [], months: null, uf });

describe('the UF note', () => {
  it('names the UF the amounts were converted with and its day', () => {
    const uf = { value: 39643.59, date: '2025-11-30', wanted: '2025-11-30' };
    expect(caveats(november, run({ period: uf }), data, 'es')).toBe(
      ' UF de $39.643,59 del 30 de noviembre de 2025.',
    );
    expect(caveats(november, run({ period: uf }), data, 'en')).toBe(
      ' UF of $39,643.59 of November 30, 2025.',
    );
  });

  it('says when that UF is older than the day wanted: the latest AYNI has', () => {
    const uf = { value: 39476.01, date: '2025-10-15', wanted: '2025-11-30' };
    expect(caveats(november, run({ period: uf }), data, 'es')).toBe(
      ' UF de $39.476,01 del 15 de octubre de 2025, la última que AYNI tiene (aún no tiene la del 30 de noviembre de 2025).',
    );
  });

  it('names the UF of the period compared when it is another one', () => {
    const period = { value: 39643.59, date: '2025-11-30', wanted: '2025-11-30' };
    const compare = { value: 39476.01, date: '2025-10-31', wanted: '2025-10-31' };
    expect(caveats(november, run({ period, compare }), data, 'es')).toBe(
      ' UF de $39.643,59 del 30 de noviembre de 2025; el período comparado, con la UF de $39.476,01 del 31 de octubre de 2025.',
    );
    expect(caveats(november, run({ period, compare: period }), data, 'es')).toBe(
      ' UF de $39.643,59 del 30 de noviembre de 2025.',
    );
    expect(caveats(november, run(undefined), data, 'es')).toBe('');
  });
});
