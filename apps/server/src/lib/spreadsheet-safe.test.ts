import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, neutralizeFormula, xlsxCell } from './spreadsheet-safe';

describe('spreadsheet-safe', () => {
  it('prefixes text that a spreadsheet would run as a formula with an apostrophe', () => {
    for (const text of ['=1+1', '+56 9 1234', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://e","x")'])
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const text of ['Pan', '5', ' =1', "'=1", 'a=b', '', 'Ñuñoa'])
      expect(neutralizeFormula(text)).toBe(text);
  });

  it('keeps numbers as numbers: -5 the number is not text', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe("'-5");
    expect(xlsxCell(-5)).toBe(-5);
    expect(xlsxCell('-5')).toBe("'-5");
    expect(csvCell(Number.NaN)).toBe('');
    expect(xlsxCell(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('quotes fields holding the delimiter, quotes or line breaks, after escaping', () => {
    expect(csvCell('=HYPERLINK("http://e","x")')).toBe(`"'=HYPERLINK(""http://e"",""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('dos\nlíneas')).toBe('"dos\nlíneas"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes decimal commas for the semicolon CSV (Excel in Chilean locale)', () => {
    expect(csvCell(12.5, ';')).toBe('12,5');
    expect(csvCell(-0.25, ';')).toBe('-0,25');
    expect(csvCell(12.5, ',')).toBe('12.5');
    expect(csvLine([1.5, 'x;y', '-3'], ';')).toBe('1,5;"x;y";\'-3\r\n');
  });

  it('escapes objects written as JSON and keeps dates and booleans typed for XLSX', () => {
    const date = new Date('2026-01-02T00:00:00Z');
    expect(xlsxCell(date)).toBe(date);
    expect(xlsxCell(false)).toBe(false);
    expect(xlsxCell({ a: 1 })).toBe('{"a":1}');
    expect(xlsxCell(['=1'])).toBe('["=1"]');
    expect(csvCell(date)).toBe('2026-01-02T00:00:00.000Z');
  });
});
