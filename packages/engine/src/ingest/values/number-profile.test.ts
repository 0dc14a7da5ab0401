import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './number-parse';
import { NumberProfiler } from './number-profile';
import { exactValue, NUMBER_STYLES, numberArbitrary } from './number-styles.testkit';

function profile(values: readonly string[]) {
  const profiler = new NumberProfiler();
  for (const value of values) profiler.add(value);
  return profiler.result();
}

const separators = (f: { decimal: string; thousands: string } | null | undefined) =>
  f ? `${f.decimal}${f.thousands}` : null;

describe('NumberProfiler', () => {
  it('flags a Chilean POS quantity column as ambiguous and prefers thousands "."', () => {
    const result = profile(['1.088', '2', '28.912', '17']);
    expect(result.ambiguous).toBe(true);
    expect(result.format).toMatchObject({ decimal: ',', thousands: '.' });
    expect(result.candidates.map(separators)).toContain('.');
    const readings = result.candidates.map((candidate) => parseNumber('1.088', candidate));
    expect(new Set(readings)).toEqual(new Set([1088, 1.088]));
  });

  it('flags 4,454 / 12,420 / 558 as ambiguous between thousands "," and decimal ","', () => {
    const result = profile(['4,454', '12,420', '558']);
    expect(result.ambiguous).toBe(true);
    expect(result.format?.decimal).toBe(',');
    expect(result.candidates.map(separators)).toContain('.,');
  });

  it.each([
    [['1.088', '1,234.56'], '.,'],
    [['1.088', '12.5'], '.'],
    [['1.088', '0.750'], '.'],
    [['1.088', '1.234,5'], ',.'],
    [['12.3456', '7'], '.'],
    [['1.088', '1.234.567'], ',.'],
  ])('lets evidence decide %j → %s', (values, expected) => {
    const result = profile(values);
    expect(separators(result.format)).toBe(expected);
    expect(result.ambiguous).toBe(false);
  });

  it('reports thousands "" when the column never groups digits', () => {
    expect(profile(['12990', '500', '-3']).format).toMatchObject({ decimal: ',', thousands: '' });
    expect(profile(['12,5', '3,75']).format).toMatchObject({ decimal: ',', thousands: '' });
  });

  it('reports the currency sign and percent seen in the column', () => {
    expect(profile(['$ 12.990', '$ 1.500.000', '990']).format).toMatchObject({
      currency: '$',
      percent: false,
    });
    expect(profile(['19%', '5,5 %', '(3)%']).format).toMatchObject({ percent: true });
    expect(profile(['-US$ 1,500.25']).format?.currency).toBe('US$');
  });

  it('tolerates up to 0.5% garbage and ignores blanks', () => {
    const values = [...Array.from({ length: 999 }, (_, i) => `${i + 1}.500`), 'N/A', '', '  '];
    const result = profile(values);
    expect(result.values).toBe(1000);
    expect(result.numericShare).toBeCloseTo(0.999);
    expect(result.format).toMatchObject({ decimal: ',', thousands: '.' });
  });

  it('a text column has no candidates', () => {
    const result = profile(['Coca-Cola 1,5 L', 'Pan', '12']);
    expect(result.format).toBeNull();
    expect(result.candidates).toEqual([]);
    expect(result.numericShare).toBeCloseTo(1 / 3);
  });

  it('an empty column has no format and no values', () => {
    expect(profile(['', ' '])).toEqual({
      candidates: [],
      format: null,
      ambiguous: false,
      numericShare: 0,
      values: 0,
    });
  });

  for (const style of NUMBER_STYLES) {
    it(`keeps the true format as a candidate for a column written ${style.name}`, () => {
      fc.assert(
        fc.property(fc.array(numberArbitrary, { minLength: 1, maxLength: 40 }), (numbers) => {
          const texts = numbers.map(({ units, decimals }) => style.write(units, decimals));
          const result = profile(texts);
          const roundtrips = (candidate: NonNullable<typeof result.format>) =>
            numbers.every(
              ({ units, decimals }, i) =>
                parseNumber(texts[i] as string, candidate) === exactValue(units, decimals),
            );
          expect(result.candidates.map(separators)).toContain(separators(style.format));
          expect(result.numericShare).toBe(1);
          if (!result.ambiguous)
            expect(roundtrips(result.format as NonNullable<typeof result.format>)).toBe(true);
          expect(result.candidates.some(roundtrips)).toBe(true);
        }),
      );
    });
  }

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(..."0123456789.,' -+()$%€\u00a0x") })),
        (values) => {
          const result = profile(values);
          expect(result.numericShare).toBeGreaterThanOrEqual(0);
          expect(result.numericShare).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
