import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberFormat } from '../types';
import { CURRENCY_TOKENS, currencyTokenStartingAt } from './currency-tokens';
import { parseNumber, parseNumberGeneral } from './number-parse';

const FORMATS: NumberFormat[] = [
  { decimal: ',', thousands: '.', currency: null, percent: false },
  { decimal: ',', thousands: '', currency: null, percent: false },
  { decimal: '.', thousands: ',', currency: null, percent: false },
  { decimal: '.', thousands: '', currency: null, percent: false },
  { decimal: '.', thousands: "'", currency: null, percent: false },
];

/** Texts made of the characters that matter to numbers, so many of them almost parse. */
const numberishText = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '0',
      '5',
      '.',
      ',',
      ' ',
      '$',
      '-',
      '+',
      '(',
      ')',
      '%',
      "'",
      'U',
      'S',
      'C',
      'L',
      'P',
    ),
    { maxLength: 20 },
  )
  .map((chars) => chars.join(''));

describe('parseNumber fast paths', () => {
  it('read plain digit strings as the general path does (lengths around the 15-digit limit)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), fc.constantFrom(...FORMATS), (text, format) => {
        expect(parseNumber(text, format)).toBe(parseNumberGeneral(text, format));
      }),
    );
  });

  it('agree with the general path on any numberish text', () => {
    fc.assert(
      fc.property(
        fc.oneof(numberishText, fc.string({ maxLength: 12 })),
        fc.constantFrom(...FORMATS),
        (text, format) => {
          expect(parseNumber(text, format)).toBe(parseNumberGeneral(text, format));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("take a '$' for the '$' token, as the currency-token scan does", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 3 }), (after, before) => {
        const text = `${before}$${after}`;
        expect(currencyTokenStartingAt(text, before.length, text.length)).toBe(CURRENCY_TOKENS.indexOf('$'));
      }),
    );
  });

  it('read a leading $ exactly as the currency-token scan would', () => {
    const format = FORMATS[0] as NumberFormat;
    expect(parseNumber('$ 12.990', format)).toBe(12990);
    expect(parseNumber('$$ 12.990', format)).toBeNull();
    expect(parseNumber('-$ 1.000', format)).toBe(-1000);
    expect(parseNumber('US$ 1.000', format)).toBe(1000);
    expect(parseNumber('$ 1.000 CLP', format)).toBeNull();
    expect(parseNumber('007', format)).toBe(7);
    expect(parseNumber('1234567890123456', format)).toBe(1234567890123456);
  });
});
