import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExcelSerial, readPlainDecimal } from './excel-serial';

describe('parseExcelSerial', () => {
  it('reads 45938.7875 as 2025-10-08 18:54', () => {
    expect(parseExcelSerial('45938.7875')).toEqual({
      year: 2025,
      month: 10,
      day: 8,
      hour: 18,
      minute: 54,
      second: 0,
      millisecond: 0,
      offsetMinutes: null,
    });
  });

  it('honours the Lotus 1900 leap-year bug', () => {
    expect(parseExcelSerial('59')).toMatchObject({ year: 1900, month: 2, day: 28 });
    expect(parseExcelSerial('60')).toBeNull();
    expect(parseExcelSerial('61')).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(parseExcelSerial('25569')).toMatchObject({ year: 1970, month: 1, day: 1 });
  });

  it('rounds the day fraction to the millisecond and carries a rounded midnight', () => {
    expect(parseExcelSerial('45938,5')).toMatchObject({ day: 8, hour: 12 });
    expect(parseExcelSerial('45938.9999999999')).toMatchObject({
      day: 9,
      hour: 0,
      minute: 0,
      millisecond: 0,
    });
  });

  it('rejects what is not a serial', () => {
    for (const text of ['', '0', '-1', '1e5', '45938.78.1', '3000000', 'abc', '.5']) {
      expect(parseExcelSerial(text)).toBeNull();
    }
  });

  it('matches the instant Excel means for any serial after 1900-03-01', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 * 86_400, max: 80_000 * 86_400 }), (seconds) => {
        const serial = seconds / 86_400;
        const p = parseExcelSerial(String(serial));
        const expected = new Date(Date.UTC(1899, 11, 30) + seconds * 1000);
        expect(p).toMatchObject({
          year: expected.getUTCFullYear(),
          month: expected.getUTCMonth() + 1,
          day: expected.getUTCDate(),
          hour: expected.getUTCHours(),
          minute: expected.getUTCMinutes(),
          second: expected.getUTCSeconds(),
        });
      }),
    );
  });

  it('reads plain decimals only', () => {
    expect(readPlainDecimal(' 12,5 ')).toBe(12.5);
    expect(readPlainDecimal('1.234.5')).toBeNull();
  });
});
