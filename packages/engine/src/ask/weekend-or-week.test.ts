import { describe, expect, it } from 'vitest';
import { perDayMetric, weekendAgainstWeek } from './weekend-or-week';

describe('weekendAgainstWeek', () => {
  it.each([
    // Two sets of days, not last weekend nor this week.
    ['vendo mas los fines de semana o en la semana', 'vendo mas los fines de semana o entre semana'],
    ['se vende mas el fin de semana que entre semana', 'se vende mas los fines de semana o entre semana'],
    ['vendo mas durante la semana que el fin de semana', 'vendo mas entre semana o los fines de semana'],
    // The weekend asked alone, against the other days; a period after it kept.
    ['vendo mas los fines de semana', 'vendo mas los fines de semana o entre semana'],
    ['me va mejor el fin de semana', 'me va mejor los fines de semana o entre semana'],
    [
      'vendo mas los fines de semana en noviembre',
      'vendo mas los fines de semana o entre semana en noviembre',
    ],
    ['do we sell more on weekends', 'do we sell more on weekends or weekdays'],
  ])('reads «%s» as the weekend against the week', (text, expected) => {
    expect(weekendAgainstWeek(text)).toBe(expected);
  });

  it('leaves the weekend as a period, and a weekend already compared, alone', () => {
    for (const text of [
      'cuanto vendi el fin de semana',
      'que vendo mas los fines de semana',
      'vendo mas los fines de semana o los lunes',
      'cuanto vendi en la semana',
    ])
      expect(weekendAgainstWeek(text)).toBe(text);
  });
});

describe('perDayMetric', () => {
  const weekendVsWeek = { dimension: 'weekdays' as const, first: [6, 7], second: [1, 2, 3, 4, 5] };
  it('weighs sets of days of different sizes per day when asked which sells more', () => {
    expect(perDayMetric(weekendVsWeek, 'revenue', 'vendo mas')).toBe('avg_daily_revenue');
    expect(perDayMetric(weekendVsWeek, 'transactions', 'hago mas boletas')).toBe('avg_daily_transactions');
    expect(perDayMetric(weekendVsWeek, 'avg_ticket', 'ticket mas alto')).toBe('avg_ticket');
  });

  it('keeps totals asked as such, and sets of the same size', () => {
    expect(perDayMetric(weekendVsWeek, 'revenue', 'ventas de lunes a viernes vs fin de semana')).toBe(
      'revenue',
    );
    const saturdaySunday = { dimension: 'weekdays' as const, first: [6], second: [7] };
    expect(perDayMetric(saturdaySunday, 'revenue', 'vendo mas')).toBe('revenue');
    expect(perDayMetric(null, 'revenue', 'vendo mas')).toBe('revenue');
  });
});
