import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberFormat } from '../types';
import { parseNumber } from './number-parse';
import { exactValue, NUMBER_STYLES, numberArbitrary } from './number-styles.testkit';

const format = (decimal: '.' | ',', thousands: NumberFormat['thousands']): NumberFormat => ({
  decimal,
  thousands,
  currency: null,
  percent: false,
});
const CHILEAN = format(',', '.');
const US = format('.', ',');
const PLAIN = format('.', '');

describe('parseNumber', () => {
  it.each([
    ['12990', CHILEAN, 12990],
    ['12.990', CHILEAN, 12990],
    ['12.990', PLAIN, 12.99],
    ['$ 12.990', CHILEAN, 12990],
    ['$12,990', US, 12990],
    ['1.234,56', CHILEAN, 1234.56],
    ['1,234.56', US, 1234.56],
    ['-1.234', CHILEAN, -1234],
    ['(1.234)', CHILEAN, -1234],
    ['12990.0', PLAIN, 12990],
    ['19%', CHILEAN, 19],
    ['  1\u00a0234\u202f567 ', CHILEAN, 1234567],
    ['1 234 567', US, 1234567],
    ['US$ 1,500', US, 1500],
    ['1.500 CLP', CHILEAN, 1500],
    ['usd 12', US, 12],
    ['12 €', CHILEAN, 12],
    ['+5', CHILEAN, 5],
    ['1234-', CHILEAN, -1234],
    ['-$ 1.234', CHILEAN, -1234],
    ['$ -1.234', CHILEAN, -1234],
    ['0,75', CHILEAN, 0.75],
    ['.5', PLAIN, 0.5],
    ["1'234.5", format('.', "'"), 1234.5],
    ['-0', CHILEAN, 0],
  ])('reads %j under %o as %d', (text, numberFormat, expected) => {
    expect(parseNumber(text, numberFormat)).toBe(expected);
  });

  it.each([
    ['12a', CHILEAN],
    ['1.2.3,4,5', CHILEAN],
    ['1,234.56', CHILEAN],
    ['1.234,56', US],
    ['12990.0', CHILEAN],
    ['0.750', CHILEAN],
    ['1.23', CHILEAN],
    ['1,2345', US],
    ['12,990', PLAIN],
    ['12.', PLAIN],
    ['', CHILEAN],
    ['   ', CHILEAN],
    ['$', CHILEAN],
    ['--5', CHILEAN],
    ['-5-', CHILEAN],
    ['(5', CHILEAN],
    ['(-5)', CHILEAN],
    ['5%%', CHILEAN],
    ['$ $ 5', CHILEAN],
    ['1  234', CHILEAN],
    ['08-10-2025', CHILEAN],
  ])('rejects %j under %o', (text, numberFormat) => {
    expect(parseNumber(text, numberFormat)).toBeNull();
  });

  it('is exact for amounts with two decimals (no float accumulation)', () => {
    expect(parseNumber('1.234.567,89', CHILEAN)).toBe(1234567.89);
    expect(parseNumber('0,1', CHILEAN)).toBe(0.1);
    expect(parseNumber('0.3', PLAIN)).toBe(0.3);
    // Past 2^53 the digits go through Number(), which rounds like a literal would.
    expect(parseNumber('9.007.199.254.740.993', CHILEAN)).toBe(Number('9007199254740993'));
  });

  for (const style of NUMBER_STYLES) {
    it(`roundtrips random numbers written ${style.name}`, () => {
      fc.assert(
        fc.property(numberArbitrary, ({ units, decimals }) => {
          const text = style.write(units, decimals);
          expect(parseNumber(text, style.format)).toBe(exactValue(units, decimals));
        }),
      );
    });
  }

  it('never throws on random text', () => {
    const numberish = fc.string({ unit: fc.constantFrom(..."0123456789.,' -+()$%€\u00a0\u202fUSDCLPa") });
    const formats = [CHILEAN, US, PLAIN, format(',', ''), format('.', "'")];
    fc.assert(
      fc.property(
        fc.oneof(
          numberish,
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
        ),
        (text) => {
          for (const numberFormat of formats) {
            const value = parseNumber(text, numberFormat);
            expect(value === null || Number.isFinite(value)).toBe(true);
          }
        },
      ),
    );
  });
});
