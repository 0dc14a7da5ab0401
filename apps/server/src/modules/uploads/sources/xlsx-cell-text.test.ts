import { describe, expect, it } from 'vitest';
import { cellText, decodeOoxmlEscapes, excelSerialToNaiveIso, isDateNumberFormat } from './xlsx-cell-text';

describe('isDateNumberFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['yyyy-mm-dd hh:mm:ss', true],
    ['[$-409]d-mmm-yy;@', true],
    ['[h]:mm:ss', true],
    ['h:mm AM/PM', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "días";[Red]-#,##0', false],
    ['[$$-340A]#,##0', false],
    ['0.00E+00', false],
    ['@', false],
  ])('%s → %s', (format, expected) => {
    expect(isDateNumberFormat(format)).toBe(expected);
  });
});

describe('cellText', () => {
  const context = { sharedStrings: ['uno', 'dos'], date1904: false };
  it('renders each cell type', () => {
    expect(cellText('s', '1', '', false, context)).toBe('dos');
    expect(cellText('s', '9', '', false, context)).toBe('');
    expect(cellText('n', '12990.5', '', false, context)).toBe('12990.5');
    expect(cellText('n', '1.0E-3', '', false, context)).toBe('0.001');
    expect(cellText('n', '', '', false, context)).toBe('');
    expect(cellText('n', '45356.573495370', '', true, context)).toBe('2024-03-05T13:45:50');
    expect(cellText('b', '1', '', false, context)).toBe('true');
  });

  it('rounds serials to the second and keeps pre-1900-03 dates sane', () => {
    expect(excelSerialToNaiveIso(45356 + (13 * 3600 + 45 * 60 + 10) / 86400 - 1e-9, false)).toBe(
      '2024-03-05T13:45:10',
    );
    expect(excelSerialToNaiveIso(61, false)).toBe('1900-03-01T00:00:00');
    expect(excelSerialToNaiveIso(1e20, false)).toBe('100000000000000000000');
  });

  it('decodes _xHHHH_ escapes', () => {
    expect(decodeOoxmlEscapes('a_x000A_b_x005F_x000A_')).toBe('a\nb_x000A_');
  });
});
