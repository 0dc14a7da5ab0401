import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../ingest/values/calendar';
import { dayPartOf } from './day-part';
import {
  formatDate,
  isoWeekOf,
  isoWeeksInYear,
  type LocalClock,
  localDay,
  parseDate,
  readLocalClock,
} from './local-day';

const clockAt = (ms: number) => {
  const clock = readLocalClock(ms, { dayIndex: 0, hour: 0 } as LocalClock);
  return { date: formatDate(clock.dayIndex), hour: clock.hour };
};
const dayOf = (text: string) => localDay(parseDate(text) as number);

describe('readLocalClock', () => {
  it('lives the hour 23 of 2024-04-06 twice (end of DST, 00:00 −03 → 23:00 −04)', () => {
    expect(clockAt(Date.UTC(2024, 3, 7, 2, 30))).toEqual({ date: '2024-04-06', hour: 23 });
    expect(clockAt(Date.UTC(2024, 3, 7, 3, 30))).toEqual({ date: '2024-04-06', hour: 23 });
    expect(clockAt(Date.UTC(2024, 3, 7, 4, 30))).toEqual({ date: '2024-04-07', hour: 0 });
  });

  it('skips the hour 00 of 2024-09-08 (start of DST, 00:00 −04 → 01:00 −03)', () => {
    expect(clockAt(Date.UTC(2024, 8, 8, 3, 59))).toEqual({ date: '2024-09-07', hour: 23 });
    expect(clockAt(Date.UTC(2024, 8, 8, 4, 0))).toEqual({ date: '2024-09-08', hour: 1 });
  });

  it('puts a late-evening UTC instant on the previous local day', () => {
    expect(clockAt(Date.UTC(2025, 0, 1, 2, 0))).toEqual({ date: '2024-12-31', hour: 23 });
    expect(clockAt(Date.UTC(2025, 6, 1, 3, 59))).toEqual({ date: '2025-06-30', hour: 23 });
  });
});

describe('localDay', () => {
  it('numbers ISO weeks across year ends', () => {
    expect(dayOf('2020-12-31')).toMatchObject({ isoYear: 2020, isoWeek: 53, weekday: 4 });
    expect(dayOf('2021-01-03')).toMatchObject({ isoYear: 2020, isoWeek: 53, weekday: 7, isWeekend: true });
    expect(dayOf('2021-01-04')).toMatchObject({ isoYear: 2021, isoWeek: 1, weekday: 1 });
    expect(dayOf('2024-12-30')).toMatchObject({ isoYear: 2025, isoWeek: 1, year: 2024 });
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2024)).toBe(52);
  });

  it('knows the leap day 2024-02-29', () => {
    expect(dayOf('2024-02-29')).toMatchObject({
      date: '2024-02-29',
      month: 2,
      day: 29,
      weekday: 4,
      quarter: 1,
      monthIndex: 2024 * 12 + 1,
      isoWeek: 9,
    });
    expect(parseDate('2023-02-29')).toBeNull();
  });

  it('agrees with a naive ISO week count for every day of 1990-2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: daysFromCivil(1990, 1, 1), max: daysFromCivil(2100, 12, 31) }),
        (index) => {
          const date = new Date(index * 86_400_000);
          const weekday = date.getUTCDay() || 7;
          const thursday = new Date(date.getTime() + (4 - weekday) * 86_400_000);
          const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
          const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
          expect(isoWeekOf(index)).toMatchObject({ isoYear: thursday.getUTCFullYear(), isoWeek: week });
          expect(localDay(index).weekday).toBe(weekday);
        },
      ),
    );
  });
});

describe('dayPartOf', () => {
  it('splits the day at 06, 12, 18 and 22', () => {
    expect([5, 6, 11, 12, 17, 18, 21, 22, 0].map(dayPartOf)).toEqual([
      'madrugada',
      'mañana',
      'mañana',
      'tarde',
      'tarde',
      'noche',
      'noche',
      'madrugada',
      'madrugada',
    ]);
  });
});
