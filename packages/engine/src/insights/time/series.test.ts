import { describe, expect, it } from 'vitest';
import { dateOf } from './calendar/days';
import type { TimeInsightInput } from './input';
import { dailySeries } from './series';

const input = (days: TimeInsightInput['levels']['day'], through: string | null): TimeInsightInput => ({
  data_through: through,
  levels: { day: days, day_hour: [], product_day: [], product: [] },
});

describe('daily series', () => {
  it('spans first day with lines … data_through, days without lines as 0', () => {
    const series = dailySeries(
      input(
        [
          { period: '2025-03-05', revenue: 300, transactions: 3 },
          { period: '2025-03-03', revenue: 100, transactions: 1 },
        ],
        '2025-03-07',
      ),
    );
    expect(series && dateOf(series.firstDay)).toBe('2025-03-03');
    expect([...(series?.revenue ?? [])]).toEqual([100, 0, 300, 0, 0]);
    expect([...(series?.tickets ?? [])]).toEqual([1, 0, 3, 0, 0]);
  });

  it('is null without readable days, and treats non-numbers as 0', () => {
    expect(dailySeries(input([], '2025-03-07'))).toBeNull();
    expect(dailySeries(input([{ period: 'nope', revenue: 1, transactions: 1 }], null))).toBeNull();
    const odd = dailySeries(input([{ period: '2025-03-03', revenue: Number.NaN, transactions: 2 }], null));
    expect([...(odd?.revenue ?? [])]).toEqual([0]);
  });
});
