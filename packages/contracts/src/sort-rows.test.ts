import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

describe('sortRows', () => {
  const rows = [
    { period: '2025-10', revenue: 5, avg_ticket: null },
    { period: '2025-09', revenue: 9, avg_ticket: 3 },
    { period: '2025-11', revenue: 1, avg_ticket: 7 },
  ];
  it('sorts numbers and text both ways, empty values last', () => {
    expect(sortRows(rows, '-revenue').map((row) => row.period)).toEqual(['2025-09', '2025-10', '2025-11']);
    expect(sortRows(rows, 'period').map((row) => row.period)).toEqual(['2025-09', '2025-10', '2025-11']);
    expect(sortRows(rows, 'avg_ticket').map((row) => row.period)).toEqual(['2025-09', '2025-11', '2025-10']);
    expect(sortRows(rows, '-avg_ticket').map((row) => row.period)).toEqual(['2025-11', '2025-09', '2025-10']);
  });
});
