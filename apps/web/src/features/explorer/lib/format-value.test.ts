import type { CatalogFeature } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { columnDecimals, formatOf, formatValue } from './format-value';

const words = { yes: 'Sí', no: 'No', weekday: (day: number) => ['lunes', 'martes'][day - 1] ?? String(day) };
const feature = (format: string) => ({ format }) as CatalogFeature;

describe('formatValue', () => {
  it('writes catalog formats the Chilean way', () => {
    expect(formatValue(1234567, 'currency', words)).toBe('$ 1.234.567');
    expect(formatValue(-1234.6, 'currency', words)).toBe('-$ 1.235');
    expect(formatValue(-0.2, 'currency', words)).toBe('$ 0');
    expect(formatValue(12.5, 'percent', words)).toBe('12,5 %');
    expect(formatValue(-3.456, 'percent', words)).toBe('-3,46 %');
    expect(formatValue(1088, 'quantity', words)).toBe('1.088');
    expect(formatValue(1.0885, 'quantity', words)).toBe('1,089');
    expect(formatValue(4294.18, 'quantity', words, 'kg')).toBe('4.294,18 kg');
    expect(formatValue(2305, 'quantity', words, 'un')).toBe('2.305');
    expect(formatValue(2305, 'quantity', words, null)).toBe('2.305');
    expect(formatValue(12, 'integer', words, 'kg')).toBe('12');
    expect(formatValue(1234, 'integer', words)).toBe('1.234');
    expect(formatValue(2.345, 'decimal', words)).toBe('2,35');
    expect(formatValue('2025-03-14', 'date', words)).toBe('14-03-2025');
    expect(formatValue(true, 'boolean', words)).toBe('Sí');
    expect(formatValue(2, 'weekday', words)).toBe('martes');
    expect(formatValue(9, 'hour', words)).toBe('09:00');
    expect(formatValue('=SUM(A1)', 'text', words)).toBe('=SUM(A1)');
  });

  it('pads a column to the decimals its figures need, so that they line up', () => {
    const units = [2307.07, 2760.532, 2038.24, 847];
    expect(columnDecimals('quantity', units)).toBe(3);
    expect(units.map((v) => formatValue(v, 'quantity', words, null, 3))).toEqual([
      '2.307,070',
      '2.760,532',
      '2.038,240',
      '847,000',
    ]);
    expect(columnDecimals('percent', [27.8, 27.64, null, 30])).toBe(2);
    expect(formatValue(27.8, 'percent', words, null, 2)).toBe('27,80 %');
    // Whole figures stay whole; a product counted in units keeps its whole number beside kilos.
    expect(columnDecimals('quantity', [4100, 12, null])).toBe(0);
    expect(columnDecimals('percent', [26, 3.7])).toBe(1);
    expect(formatValue(4100, 'quantity', words, 'un', 3)).toBe('4.100');
    expect(formatValue(46.1, 'quantity', words, 'kg', 3)).toBe('46,100 kg');
    // Binary noise is no decimal: 0.1 + 0.2 needs one.
    expect(columnDecimals('decimal', [0.1 + 0.2])).toBe(1);
    expect(columnDecimals('currency', [1.5])).toBeNull();
  });

  it('takes the format from the catalog, else from the value', () => {
    expect(formatOf(feature('currency'), 1)).toBe('currency');
    expect(formatOf(feature('something-new'), 1.5)).toBe('decimal');
    expect(formatOf(undefined, 3)).toBe('integer');
    expect(formatOf(undefined, '2025-01-31')).toBe('date');
    expect(formatOf(undefined, false)).toBe('boolean');
    expect(formatOf(undefined, 'abc')).toBe('text');
  });
});
