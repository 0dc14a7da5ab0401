import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateFormat } from '../types';
import { parseDateTime } from './date-parse';
import { DATE_STYLES, dateTimeArbitrary } from './date-styles.testkit';

const DMY: DateFormat = { kind: 'pattern', order: 'dmy', pattern: 'dd-mm-yyyy HH:MM' };
const MDY: DateFormat = { kind: 'pattern', order: 'mdy', pattern: 'mm/dd/yyyy' };
const YMD: DateFormat = { kind: 'pattern', order: 'ymd', pattern: 'yy-mm-dd' };
const ISO: DateFormat = { kind: 'iso', order: 'ymd', pattern: 'yyyy-mm-ddTHH:MM:SSZ' };
const EXCEL: DateFormat = { kind: 'excel', order: 'dmy', pattern: 'serial de Excel' };

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  millisecond,
  offsetMinutes: null,
});

describe('parseDateTime', () => {
  it.each([
    ['08-10-2025 18:57', DMY, at(2025, 10, 8, 18, 57)],
    ['08-10-2025 18:57', MDY, at(2025, 8, 10, 18, 57)],
    ['8/10/25', DMY, at(2025, 10, 8)],
    ['8/10/70', DMY, at(1970, 10, 8)],
    ['8/10/69', DMY, at(2069, 10, 8)],
    ['25-10-08', YMD, at(2025, 10, 8)],
    ['08.10.2025 6:57 p. m.', DMY, at(2025, 10, 8, 18, 57)],
    ['08.10.2025 6:57\u00a0a.\u00a0m.', DMY, at(2025, 10, 8, 6, 57)],
    ['10/08/2025 12:05 AM', MDY, at(2025, 10, 8, 0, 5)],
    ['10/08/2025 12:05 pm', MDY, at(2025, 10, 8, 12, 5)],
    ['2025/10/08 18:57:01,5', DMY, at(2025, 10, 8, 18, 57, 1, 500)],
    ['2025-10-08 18:57:01.123456', DMY, at(2025, 10, 8, 18, 57, 1, 123)],
    ['08-10-2025, 18:57:00', DMY, at(2025, 10, 8, 18, 57)],
    ['  08-10-2025  ', DMY, at(2025, 10, 8)],
    ['29/02/2024', DMY, at(2024, 2, 29)],
    ['45938.7875', EXCEL, at(2025, 10, 8, 18, 54)],
    ['45938', EXCEL, at(2025, 10, 8)],
    ['08-10-2025', EXCEL, at(2025, 10, 8)],
    ['1', EXCEL, at(1900, 1, 1)],
    ['59', EXCEL, at(1900, 2, 28)],
    ['61', EXCEL, at(1900, 3, 1)],
  ])('reads %j under %o', (text, format, expected) => {
    expect(parseDateTime(text, format)).toEqual(expected);
  });

  it.each([
    ['2025-10-08T18:57:00Z', 0],
    ['2025-10-08T18:57:00.250-03:00', -180],
    ['2025-10-08 18:57:00 +0530', 330],
    ['2025-10-08T18:57-04', -240],
  ])('keeps the zone of %j', (text, offsetMinutes) => {
    expect(parseDateTime(text, ISO)?.offsetMinutes).toBe(offsetMinutes);
  });

  it.each([
    ['31-02-2025', DMY],
    ['29/02/2025', DMY],
    ['13/13/2025', DMY],
    ['10/13/2025', DMY],
    ['13/10/2025', MDY],
    ['08-10-2025 24:00', DMY],
    ['08-10-2025 23:60', DMY],
    ['08-10-2025 18:57:60', DMY],
    ['08-10-2025 13:00 PM', DMY],
    ['08-10-2025 0:30 PM', DMY],
    ['08-10-2025 18', DMY],
    ['08-10-2025T', ISO],
    ['08/10-2025', DMY],
    ['08-10-205', DMY],
    ['008-10-2025', DMY],
    ['2025-10-08 18:57 Chile', ISO],
    ['2025-10-08T18:57+25:00', ISO],
    ['45938.7875', DMY],
    ['60', EXCEL],
    ['0', EXCEL],
    ['', DMY],
    ['hoy', DMY],
  ])('rejects %j under %o', (text, format) => {
    expect(parseDateTime(text, format)).toBeNull();
  });

  for (const style of DATE_STYLES) {
    it(`roundtrips random date-times written ${style.name}`, () => {
      fc.assert(
        fc.property(dateTimeArbitrary, (p) => {
          const { text, expected } = style.write(p);
          expect(parseDateTime(text, style.format)).toEqual(expected);
        }),
      );
    });
  }

  it('never throws on random text', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789/-.:, TZ+apmAPM\u00a0') });
    fc.assert(
      fc.property(
        fc.oneof(
          dateish,
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
        ),
        (text) => {
          for (const format of [DMY, MDY, YMD, ISO, EXCEL]) parseDateTime(text, format);
        },
      ),
    );
  });
});
