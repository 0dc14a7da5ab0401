import { type AskQuery, askQuerySchema } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { monthPeriod, range, weekPeriod, yearPeriod } from './calendar';
import { sameDaysQuery } from './same-days';

const query = (period: AskQuery['period'], compare: AskQuery['compare']): AskQuery =>
  askQuerySchema.parse({ intent: 'value', metric: 'revenue', period, compare });

describe('sameDaysQuery: a running period against the same days of the one it is compared with', () => {
  it('cuts this month and last year’s same month to the days the data has', () => {
    const cut = sameDaysQuery(query(monthPeriod(2026, 12), monthPeriod(2025, 12)), '2026-12-05');
    expect(cut?.period).toEqual(range('2026-12-01', '2026-12-05'));
    expect(cut?.compare).toEqual(range('2025-12-01', '2025-12-05'));
  });

  it('cuts the previous month to the same days, never past its own end', () => {
    expect(sameDaysQuery(query(monthPeriod(2026, 12), monthPeriod(2026, 11)), '2026-12-05')?.compare).toEqual(
      range('2026-11-01', '2026-11-05'),
    );
    // 1–30 March against February: all of February (28 days), not 2 March.
    expect(sameDaysQuery(query(monthPeriod(2026, 3), monthPeriod(2026, 2)), '2026-03-30')?.compare).toEqual(
      range('2026-02-01', '2026-02-28'),
    );
  });

  it('lines up years to date by the calendar, leap years included', () => {
    const cut = sameDaysQuery(query(yearPeriod(2025), yearPeriod(2024)), '2025-03-01');
    expect(cut?.period).toEqual(range('2025-01-01', '2025-03-01'));
    expect(cut?.compare).toEqual(range('2024-01-01', '2024-03-01'));
  });

  it('cuts a week by days: Monday to Saturday against Monday to Saturday', () => {
    const cut = sameDaysQuery(query(weekPeriod('2026-12-05'), weekPeriod('2026-11-28')), '2026-12-05');
    expect(cut?.period).toEqual(range('2026-11-30', '2026-12-05'));
    expect(cut?.compare).toEqual(range('2026-11-23', '2026-11-28'));
  });

  it('leaves whole periods, periods with no data yet and questions without a comparison alone', () => {
    expect(sameDaysQuery(query(monthPeriod(2026, 11), monthPeriod(2026, 10)), '2026-12-05')).toBeNull();
    expect(sameDaysQuery(query(monthPeriod(2027, 1), monthPeriod(2026, 12)), '2026-12-05')).toBeNull();
    expect(sameDaysQuery(query(monthPeriod(2026, 12), null), '2026-12-05')).toBeNull();
    // Compared with a later period: not a running period against a past one.
    expect(sameDaysQuery(query(monthPeriod(2026, 12), monthPeriod(2027, 1)), '2026-12-05')).toBeNull();
  });
});
