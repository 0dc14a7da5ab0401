import { describe, expect, it } from 'vitest';
import { decimalEs, formatPesos, round } from './text';

describe('text helpers', () => {
  it('groups pesos as each language does', () => {
    expect(formatPesos(1234567.4)).toBe('$1.234.567');
    expect(formatPesos(1234567.5, 'en')).toBe('$1,234,568');
    expect(formatPesos(-950)).toBe('-$950');
    expect(formatPesos(0, 'en')).toBe('$0');
  });

  it('writes decimals with a comma in Spanish and rounds half away from zero', () => {
    expect(decimalEs(4.9)).toBe('4,9');
    expect(round(2.345, 2)).toBe(2.35);
    expect(round(-2.345, 2)).toBe(-2.35);
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
  });
});
