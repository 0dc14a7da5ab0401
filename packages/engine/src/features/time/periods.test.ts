import { describe, expect, it } from 'vitest';
import { formatDate, localDay, parseDate } from './local-day';
import { PERIOD_CALENDARS } from './periods';

const day = (text: string) => localDay(parseDate(text) as number);
const describePeriod = (level: keyof typeof PERIOD_CALENDARS, date: string) => {
  const calendar = PERIOD_CALENDARS[level];
  const index = calendar.indexOf(day(date));
  const sameLastYear = calendar.sameLastYear(index);
  return {
    key: calendar.key(index),
    start: formatDate(calendar.start(index)),
    end: formatDate(calendar.end(index)),
    previous: calendar.key(calendar.previous(index)),
    sameLastYear: sameLastYear === null ? null : calendar.key(sameLastYear),
  };
};

describe('PERIOD_CALENDARS', () => {
  it('days: leap day has no same day last year', () => {
    expect(describePeriod('day', '2024-02-29')).toEqual({
      key: '2024-02-29',
      start: '2024-02-29',
      end: '2024-02-29',
      previous: '2024-02-28',
      sameLastYear: null,
    });
    expect(describePeriod('day', '2025-03-01').sameLastYear).toBe('2024-03-01');
  });

  it('weeks: ISO keys across year ends; week 53 has no week 53 the year before', () => {
    expect(describePeriod('week', '2021-01-03')).toEqual({
      key: '2020-W53',
      start: '2020-12-28',
      end: '2021-01-03',
      previous: '2020-W52',
      sameLastYear: null,
    });
    expect(describePeriod('week', '2024-12-30')).toEqual({
      key: '2025-W01',
      start: '2024-12-30',
      end: '2025-01-05',
      previous: '2024-W52',
      sameLastYear: '2024-W01',
    });
    expect(describePeriod('week', '2025-03-14').key).toBe('2025-W11');
  });

  it('months, quarters and years', () => {
    expect(describePeriod('month', '2024-02-10')).toEqual({
      key: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
      previous: '2024-01',
      sameLastYear: '2023-02',
    });
    expect(describePeriod('month', '2025-01-31').previous).toBe('2024-12');
    expect(describePeriod('quarter', '2024-12-31')).toEqual({
      key: '2024-Q4',
      start: '2024-10-01',
      end: '2024-12-31',
      previous: '2024-Q3',
      sameLastYear: '2023-Q4',
    });
    expect(describePeriod('quarter', '2025-02-01').previous).toBe('2024-Q4');
    expect(describePeriod('year', '2024-06-01')).toEqual({
      key: '2024',
      start: '2024-01-01',
      end: '2024-12-31',
      previous: '2023',
      sameLastYear: '2023',
    });
  });
});
