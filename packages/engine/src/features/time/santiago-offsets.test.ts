import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { santiagoOffsetMs, santiagoTransitions } from './santiago-offsets';

const HOUR = 3_600_000;

/** Independent reading of the offset: Intl's own "GMT-3" style zone name. */
function offsetFromZoneName(utcMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Santiago', timeZoneName: 'longOffset' })
    .formatToParts(utcMs)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

describe('santiagoOffsetMs', () => {
  it('finds the 2024 transitions (DST ended 2024-04-07, began 2024-09-08)', () => {
    expect(santiagoTransitions(2024)).toEqual([
      { at: Date.UTC(2024, 3, 7, 3), offsetMs: -4 * HOUR },
      { at: Date.UTC(2024, 8, 8, 4), offsetMs: -3 * HOUR },
    ]);
    expect(santiagoOffsetMs(Date.UTC(2024, 3, 7, 3) - 1)).toBe(-3 * HOUR);
    expect(santiagoOffsetMs(Date.UTC(2024, 3, 7, 3))).toBe(-4 * HOUR);
    expect(santiagoOffsetMs(Date.UTC(2024, 8, 8, 4) - 1)).toBe(-4 * HOUR);
    expect(santiagoOffsetMs(Date.UTC(2024, 8, 8, 4))).toBe(-3 * HOUR);
  });

  it('follows decreed changes (2022: DST began 09-11, not 09-04)', () => {
    expect(santiagoOffsetMs(Date.UTC(2022, 8, 5, 12))).toBe(-4 * HOUR);
    expect(santiagoOffsetMs(Date.UTC(2022, 8, 12, 12))).toBe(-3 * HOUR);
  });

  it('agrees with Intl at random instants 1990-2100, in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        expect(santiagoOffsetMs(ms)).toBe(offsetFromZoneName(ms));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with Intl hour by hour around every transition of 2015-2026', () => {
    for (let year = 2015; year <= 2026; year++) {
      for (const { at } of santiagoTransitions(year)) {
        for (let h = -3; h <= 3; h++)
          expect(santiagoOffsetMs(at + h * HOUR)).toBe(offsetFromZoneName(at + h * HOUR));
      }
    }
  });
});
