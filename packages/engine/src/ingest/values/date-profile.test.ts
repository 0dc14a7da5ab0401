import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateTime } from './date-parse';
import { DateProfiler } from './date-profile';
import { DATE_STYLES, dateTimeArbitrary } from './date-styles.testkit';

function profile(values: readonly string[], excelSerials = false) {
  const profiler = new DateProfiler({ excelSerials });
  for (const value of values) profiler.add(value);
  return profiler.result();
}

describe('DateProfiler', () => {
  it('reads 08-10-2025 18:57 as day-month-year by default', () => {
    const result = profile(['08-10-2025 18:57', '01-02-2025 09:05']);
    expect(result.format).toEqual({ kind: 'pattern', order: 'dmy', pattern: 'dd-mm-yyyy HH:MM' });
    expect(result.dateShare).toBe(1);
    expect(result.evidence).toEqual({ dmy: 0, mdy: 0, ymd: 0 });
  });

  it('takes evidence from any row: a second field > 12 means month-day-year', () => {
    const result = profile(['10/08/2025 6:00 PM', '01/02/2025 7:00 AM', '10/13/2025 1:00 PM']);
    expect(result.format).toEqual({ kind: 'pattern', order: 'mdy', pattern: 'mm/dd/yyyy hh:MM AM/PM' });
    expect(result.evidence.mdy).toBe(1);
  });

  it('lets the majority win when evidence conflicts; the minority stops parsing', () => {
    const result = profile(['13/01/2025', '14/01/2025', '01/13/2025', '02/03/2025']);
    expect(result.format?.order).toBe('dmy');
    expect(result.evidence).toEqual({ dmy: 2, mdy: 1, ymd: 0 });
    expect(result.dateShare).toBe(0.75);
  });

  it('recognises ISO columns and labels them', () => {
    const result = profile(['2025-10-08T18:57:00Z', '2025-10-09T08:00:00Z']);
    expect(result.format).toEqual({ kind: 'iso', order: 'ymd', pattern: 'yyyy-mm-ddTHH:MM:SSZ' });
    expect(result.evidence.ymd).toBe(2);
  });

  it('labels two-digit years and dots', () => {
    expect(profile(['08.10.25', '09.10.25']).format?.pattern).toBe('dd.mm.yy');
  });

  it('treats bare numbers as Excel serials only when asked to', () => {
    expect(profile(['45938.7875', '45939.5']).format).toBeNull();
    const result = profile(['45938.7875', '45939.5', '08-10-2025'], true);
    expect(result.format?.kind).toBe('excel');
    expect(result.dateShare).toBe(1);
  });

  it('has no format for a column of amounts or text, and ignores blanks', () => {
    expect(profile(['$ 12.990', 'Pan', '', '  '])).toEqual({
      format: null,
      dateShare: 0,
      values: 2,
      evidence: { dmy: 0, mdy: 0, ymd: 0 },
    });
  });

  for (const style of DATE_STYLES) {
    it(`finds the order of a column written ${style.name} once one day is > 12`, () => {
      const dayAbove12 = dateTimeArbitrary.map((p) => ({ ...p, day: Math.max(p.day, 13) }));
      fc.assert(
        fc.property(
          fc.array(dateTimeArbitrary, { maxLength: 30 }),
          dayAbove12,
          fc.nat(),
          (dates, witness, slot) => {
            const all = [...dates];
            all.splice(slot % (dates.length + 1), 0, witness);
            const texts = all.map((p) => style.write(p).text);
            const result = profile(texts);
            expect(result.format?.order).toBe(style.format.order);
            expect(result.format?.kind).toBe(style.format.kind);
            expect(result.dateShare).toBe(1);
            const format = result.format as NonNullable<typeof result.format>;
            all.forEach((p, i) => {
              expect(parseDateTime(texts[i] as string, format)).toEqual(style.write(p).expected);
            });
          },
        ),
      );
    });
  }

  it('never throws on random text', () => {
    const dateish = fc.string({ unit: fc.constantFrom(...'0123456789/-.:, TZ+apm') });
    fc.assert(
      fc.property(fc.array(dateish), fc.boolean(), (values, excelSerials) => {
        const result = profile(values, excelSerials);
        expect(result.dateShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});
