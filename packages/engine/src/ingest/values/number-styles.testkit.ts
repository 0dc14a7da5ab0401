import fc from 'fast-check';
import type { NumberFormat } from '../types';

/**
 * Test support (not shipped logic): writes exact decimals the way real files do, from integer
 * "units" (value = units / 10^decimals) so the expected number is one exact division.
 */
export interface NumberStyle {
  name: string;
  format: NumberFormat;
  write(units: number, decimals: number): string;
}

function digitsOf(units: number, decimals: number): { whole: string; fraction: string } {
  const text = String(Math.abs(units)).padStart(decimals + 1, '0');
  return { whole: text.slice(0, text.length - decimals), fraction: text.slice(text.length - decimals) };
}

function group(whole: string, separator: string): string {
  let out = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) out += separator;
    out += whole[i];
  }
  return out;
}

function styled(
  name: string,
  decimal: '.' | ',',
  thousands: NumberFormat['thousands'],
  groupWith: string,
  wrap: (body: string, negative: boolean) => string,
): NumberStyle {
  return {
    name,
    format: { decimal, thousands, currency: null, percent: false },
    write(units, decimals) {
      const { whole, fraction } = digitsOf(units, decimals);
      const body = group(whole, groupWith) + (decimals > 0 ? decimal + fraction : '');
      return wrap(body, units < 0);
    },
  };
}

const minus = (body: string, negative: boolean) => (negative ? `-${body}` : body);

export const NUMBER_STYLES: readonly NumberStyle[] = [
  styled('chilean currency', ',', '.', '.', (b, n) => (n ? `-$ ${b}` : `$ ${b}`)),
  styled('chilean', ',', '.', '.', minus),
  styled('chilean parentheses', ',', '.', '.', (b, n) => (n ? `(${b})` : b)),
  styled('chilean trailing minus', ',', '.', '.', (b, n) => (n ? `${b}-` : b)),
  styled('chilean NBSP groups', ',', '', '\u00a0', (b, n) => minus(`\u202f${b}\u00a0`, n)),
  styled('us', '.', ',', ',', minus),
  styled('us currency', '.', ',', ',', (b, n) => (n ? `US$ -${b}` : `US$ ${b}`)),
  styled('us space groups', '.', '', ' ', minus),
  styled('plain dot', '.', '', '', minus),
  styled('plain comma', ',', '', '', (b, n) => `${minus(b, n)} CLP`),
  styled('swiss', '.', "'", "'", minus),
];

/** Integers and amounts with 1-2 decimals, negatives included, up to about 10^11. */
export const numberArbitrary = fc.record({
  decimals: fc.integer({ min: 0, max: 2 }),
  units: fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }),
});

export function exactValue(units: number, decimals: number): number {
  const value = units / 10 ** decimals;
  return value === 0 ? 0 : value;
}
