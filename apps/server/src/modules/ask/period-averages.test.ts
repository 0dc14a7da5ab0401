import { describe, expect, it } from 'vitest';
import { periodsOf } from './period-averages';

describe('the months and weeks a period holds', () => {
  it('gives each calendar month that begins in the range, whole, across a year end and a leap February', () => {
    expect(periodsOf('month', '2023-12-15', '2024-03-01')).toEqual([
      ['2023-12-01', '2023-12-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-31'],
    ]);
  });

  it('gives ISO weeks, Monday to Sunday, from the week holding the first day', () => {
    // 2025-12-31 is a Wednesday: its week runs from Monday 29 December to Sunday 4 January.
    expect(periodsOf('week', '2025-12-31', '2026-01-12')).toEqual([
      ['2025-12-29', '2026-01-04'],
      ['2026-01-05', '2026-01-11'],
      ['2026-01-12', '2026-01-18'],
    ]);
  });
});
