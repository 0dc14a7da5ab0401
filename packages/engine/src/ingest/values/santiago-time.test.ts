import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDateTime } from '../types';
import { MS_PER_HOUR, wallClockAsUtcMs } from './calendar';
import { dateTimeArbitrary } from './date-styles.testkit';
import { santiagoToUtc, utcToSantiagoParts } from './santiago-time';

const wall = (year: number, month: number, day: number, hour: number, minute = 0): ParsedDateTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
  offsetMinutes: null,
});
const iso = (p: ParsedDateTime) => new Date(santiagoToUtc(p)).toISOString();
const wallMs = (p: ParsedDateTime) =>
  wallClockAsUtcMs(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond);

describe('santiagoToUtc', () => {
  it('uses -04:00 in winter and -03:00 in summer', () => {
    expect(iso(wall(2025, 7, 1, 12))).toBe('2025-07-01T16:00:00.000Z');
    expect(iso(wall(2025, 1, 15, 12))).toBe('2025-01-15T15:00:00.000Z');
    expect(iso(wall(2025, 10, 8, 18, 57))).toBe('2025-10-08T21:57:00.000Z');
  });

  it('reads the hour repeated at the end of DST (2025-04-05 23:xx) as its first occurrence', () => {
    expect(iso(wall(2025, 4, 5, 22, 30))).toBe('2025-04-06T01:30:00.000Z');
    expect(iso(wall(2025, 4, 5, 23, 30))).toBe('2025-04-06T02:30:00.000Z');
    expect(iso(wall(2025, 4, 6, 0, 30))).toBe('2025-04-06T04:30:00.000Z');
  });

  it('moves times in the hour skipped at the start of DST (2025-09-07 00:xx) forward', () => {
    expect(iso(wall(2025, 9, 6, 23, 30))).toBe('2025-09-07T03:30:00.000Z');
    expect(iso(wall(2025, 9, 7, 0, 30))).toBe('2025-09-07T04:30:00.000Z');
    expect(iso(wall(2025, 9, 7, 1, 30))).toBe('2025-09-07T04:30:00.000Z');
  });

  it('follows decreed changes from the tz data (DST began on 2022-09-11, not 09-04)', () => {
    expect(iso(wall(2022, 9, 4, 0, 30))).toBe('2022-09-04T04:30:00.000Z');
    expect(iso(wall(2022, 9, 11, 0, 30))).toBe('2022-09-11T04:30:00.000Z');
    expect(iso(wall(2022, 9, 11, 12))).toBe('2022-09-11T15:00:00.000Z');
  });

  it('uses the offset the text carried instead of the zone', () => {
    expect(iso({ ...wall(2025, 10, 8, 18, 57), offsetMinutes: 0 })).toBe('2025-10-08T18:57:00.000Z');
    expect(iso({ ...wall(2025, 10, 8, 18, 57), offsetMinutes: 330 })).toBe('2025-10-08T13:27:00.000Z');
  });

  it('maps every instant back to itself, or to the first occurrence of a repeated hour', () => {
    const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(instants, (ms) => {
        const back = santiagoToUtc({ ...utcToSantiagoParts(ms), offsetMinutes: null });
        if (back !== ms) {
          expect(back).toBe(ms - MS_PER_HOUR);
          expect({ ...utcToSantiagoParts(back), offsetMinutes: 0 }).toEqual({
            ...utcToSantiagoParts(ms),
            offsetMinutes: 0,
          });
        }
      }),
    );
  });

  it('keeps every wall-clock time, except that skipped ones move one hour forward', () => {
    fc.assert(
      fc.property(dateTimeArbitrary, (p) => {
        const naive = { ...p, offsetMinutes: null };
        const shown = utcToSantiagoParts(santiagoToUtc(naive));
        expect([0, MS_PER_HOUR]).toContain(wallMs(shown) - wallMs(naive));
        expect([-180, -240]).toContain(shown.offsetMinutes);
      }),
    );
  });
});

describe('utcToSantiagoParts', () => {
  it('shows both occurrences of the repeated hour with their offsets', () => {
    expect(utcToSantiagoParts(Date.UTC(2025, 3, 6, 2, 30))).toEqual({
      ...wall(2025, 4, 5, 23, 30),
      offsetMinutes: -180,
    });
    expect(utcToSantiagoParts(Date.UTC(2025, 3, 6, 3, 30))).toEqual({
      ...wall(2025, 4, 5, 23, 30),
      offsetMinutes: -240,
    });
  });

  it('has the offset Intl gives at the start of every hour across the decreed changes', () => {
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Santiago',
      timeZoneName: 'longOffset',
    });
    const wrong: string[] = [];
    for (let ms = Date.UTC(2018, 0, 1); ms < Date.UTC(2027, 0, 1); ms += MS_PER_HOUR) {
      const name = intl.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
      const [, sign, hours, minutes] = /GMT([+-])(\d\d):(\d\d)/.exec(name) ?? [];
      const expected = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      if (utcToSantiagoParts(ms).offsetMinutes !== expected) wrong.push(new Date(ms).toISOString());
    }
    expect(wrong).toEqual([]);
  });
});
