import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY, wallClockAsUtcMs } from './calendar';

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 13)).toBe(0);
  });

  it('agrees with Date.UTC and round-trips days (years 100-9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -677_000, max: 2_900_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        const date = new Date(days * MS_PER_DAY);
        expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([
          year,
          month,
          day,
        ]);
      }),
    );
  });

  it('does not map two-digit years to the 1900s like Date.UTC does', () => {
    expect(wallClockAsUtcMs(25, 1, 1, 0, 0, 0, 0)).toBeLessThan(wallClockAsUtcMs(1925, 1, 1, 0, 0, 0, 0));
  });
});
