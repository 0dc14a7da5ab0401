import { describe, expect, it } from 'vitest';
import { month, months } from '../test/fixtures';
import {
  changeDirection,
  formatChange,
  formatCount,
  formatMoney,
  formatMoneyShort,
  formatPercent,
  formatPercentColumn,
} from './figures';
import { kpisForPeriod, kpisForRange, percentChange, sumRange, withoutAbsent } from './kpi';
import { currentRow, parseSelection, periodKeyLastYear, previousRange, trendGrain } from './period';
import { trendPoints } from './trend';

describe('figures', () => {
  it('formats CLP with dots, a space and K/M on cards', () => {
    expect(formatMoney(1_234_567)).toBe('$ 1.234.567');
    expect(formatMoney(-4500.4)).toBe('-$ 4.500');
    expect(formatMoneyShort(12_345_678)).toBe('$ 12,3 MM');
    expect(formatMoneyShort(45_990)).toBe('$ 46 mil');
    expect(formatMoneyShort(2857.1)).toBe('$ 2.857');
    expect(formatCount(4321)).toBe('4.321');
    expect(formatCount(123_456, true)).toBe('123,5 mil');
    expect(formatPercent(32.456)).toBe('32,5 %');
    // Columns keep one decimal so that 29 % lines up under 40,6 %.
    expect(formatPercentColumn(29)).toBe('29,0 %');
    expect(formatPercentColumn(40.56)).toBe('40,6 %');
    expect(formatPercentColumn(null)).toBe('—');
  });

  it('shows nulls as a dash, never as 0', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoneyShort(undefined)).toBe('—');
    expect(formatPercent(null)).toBe('—');
    expect(formatChange({ value: null, unit: 'pct', reason: 'NO_PREVIOUS_PERIOD' })).toBe('—');
    expect(changeDirection({ value: null, unit: 'pct', reason: null })).toBeNull();
  });

  it('signs changes with a real minus and marks points', () => {
    expect(formatChange({ value: 12.5, unit: 'pct', reason: null })).toBe('+12,5 %');
    expect(formatChange({ value: -3.25, unit: 'pct', reason: null })).toBe('−3,3 %');
    expect(formatChange({ value: 0.04, unit: 'pct', reason: null })).toBe('0 %');
    expect(formatChange({ value: 1.5, unit: 'pp', reason: null })).toBe('+1,5 pp');
    expect(changeDirection({ value: -0.2, unit: 'pct', reason: null })).toBe('down');
  });
});

describe('KPI changes', () => {
  it('computes relative change, refusing a zero or missing base', () => {
    expect(percentChange(110, 100, 'NO_PREVIOUS_PERIOD')).toEqual({ value: 10, reason: null });
    expect(percentChange(90, -100, 'X')).toEqual({ value: 190, reason: null });
    expect(percentChange(5, 0, 'X')).toEqual({ value: null, reason: 'ZERO_BASE' });
    expect(percentChange(5, null, 'NO_PREVIOUS_PERIOD')).toEqual({
      value: null,
      reason: 'NO_PREVIOUS_PERIOD',
    });
    expect(percentChange(null, 5, 'X')).toEqual({ value: null, reason: 'NO_CURRENT_VALUE' });
  });

  it("uses the engine's growth figures for a stored period and keeps their null reasons", () => {
    const rows = months();
    const current = currentRow(rows) ?? month('1999-01');
    expect(current.period).toBe('2026-11');
    const kpis = kpisForPeriod(
      ['revenue', 'transactions', 'customers', 'margin', 'discount'],
      rows,
      current,
      12,
    );
    const [revenue, transactions, customers, margin, discount] = kpis;
    expect(revenue?.value).toBe(12_345_678);
    expect(revenue?.vsPrevious).toEqual({ value: 12.5, unit: 'pct', reason: null });
    expect(revenue?.vsLastYear).toEqual({ value: -3.25, unit: 'pct', reason: null });
    expect(revenue?.spark).toHaveLength(12);
    expect(transactions?.vsLastYear).toEqual({
      value: null,
      unit: 'pct',
      reason: 'NO_SAME_PERIOD_LAST_YEAR',
    });
    expect(customers?.value).toBeNull();
    expect(customers?.reason).toBe('NO_CUSTOMER_DATA');
    expect(customers?.spark.at(-1)).toBeNull();
    // Margin: points against the previous month's margin %, with its coverage.
    expect(margin).toMatchObject({ value: 32, coverage: 80, vsPrevious: { value: 0, unit: 'pp' } });
    // Discount has no engine growth: computed from the previous row and last year's.
    expect(discount?.vsPrevious).toEqual({ value: 0, unit: 'pct', reason: null });
  });

  it('skips a partial newest period for the complete one before it', () => {
    const rows = [month('2026-10'), month('2026-11'), month('2026-12', { partial: true })];
    expect(currentRow(rows)?.period).toBe('2026-11');
    expect(currentRow([month('2026-12', { partial: true })])?.period).toBe('2026-12');
  });

  it('sums a custom range, recomputing ratios and refusing distinct customers', () => {
    const day = (date: string, revenue: number, transactions: number) =>
      month('2026-11', {
        revenue,
        transactions,
        gross_margin: revenue / 4,
        revenue_with_cost: revenue,
        period: date,
        period_start: date,
        period_end: date,
      });
    const rows = [day('2026-11-01', 1000, 10), day('2026-11-02', 3000, 10), day('2026-10-31', 2000, 20)];
    const sum = sumRange(rows, { from: '2026-11-01', to: '2026-11-02' });
    expect(sum).toMatchObject({
      revenue: 4000,
      transactions: 20,
      avg_ticket: 200,
      margin_pct: 25,
      customers: null,
    });
    expect(sum?.nulls.customers).toBe('NOT_DERIVABLE_FOR_RANGE');
    const [revenue] = kpisForRange(['revenue'], rows, { from: '2026-11-01', to: '2026-11-02' }) ?? [];
    // The two days before (31 Oct only has data): 4000 vs 2000.
    expect(revenue?.vsPrevious).toEqual({ value: 100, unit: 'pct', reason: null });
    expect(revenue?.vsLastYear).toEqual({ value: null, unit: 'pct', reason: 'NO_SAME_PERIOD_LAST_YEAR' });
    expect(sumRange(rows, { from: '2025-01-01', to: '2025-01-31' })).toBeNull();
  });

  it('sums commissions where periods have them, and says why when none has', () => {
    const day = (date: string, commission: number | null) =>
      month('2026-11', {
        period: date,
        period_start: date,
        period_end: date,
        commission,
        nulls: commission === null ? { commission: 'NO_COMMISSION_DATA' } : {},
      });
    const rows = [day('2026-11-01', 120.5), day('2026-11-02', null), day('2026-11-03', 79.5)];
    expect(sumRange(rows, { from: '2026-11-01', to: '2026-11-03' })?.commission).toBe(200);
    const none = sumRange(rows, { from: '2026-11-02', to: '2026-11-02' });
    expect(none?.commission).toBeNull();
    expect(none?.nulls.commission).toBe('NO_COMMISSION_DATA');
    // A row without a reason of its own still gets the commission's.
    const bare = day('2026-11-04', null);
    bare.nulls = {};
    expect(sumRange([bare], { from: '2026-11-04', to: '2026-11-04' })?.nulls.commission).toBe(
      'NO_COMMISSION_DATA',
    );
  });

  it('shows the commission card only when the data has commissions', () => {
    const rows = months();
    const current = currentRow(rows) ?? month('1999-01');
    const keys = ['revenue', 'commission'] as const;
    // The fixture months carry no commission: only the revenue card is left.
    expect(withoutAbsent(kpisForPeriod(keys, rows, current, 12)).map((kpi) => kpi.key)).toEqual(['revenue']);
    // One earlier month with commissions keeps the card, its empty month shown as a dash.
    const before = rows.indexOf(current) - 1;
    const withOne = rows.map((row, index) =>
      index === before ? month(row.period, { commission: 5000 }) : row,
    );
    const kept = withoutAbsent(kpisForPeriod(keys, withOne, current, 12));
    expect(kept.map((kpi) => kpi.key)).toEqual(['revenue', 'commission']);
    expect(kept[1]?.value).toBeNull();
    const withCurrent = rows.map((row) =>
      row === current ? month(row.period, { ...row, commission: 7000 }) : row,
    );
    const newest = withCurrent[rows.indexOf(current)] ?? current;
    expect(withoutAbsent(kpisForPeriod(keys, withCurrent, newest, 12))[1]?.value).toBe(7000);
  });
});

describe('periods', () => {
  it('parses the URL, falling back to the last month', () => {
    expect(parseSelection(new URLSearchParams('period=quarter'))).toEqual({ preset: 'quarter' });
    expect(parseSelection(new URLSearchParams('period=custom&from=2026-11-01&to=2026-11-15'))).toEqual({
      preset: 'custom',
      range: { from: '2026-11-01', to: '2026-11-15' },
    });
    expect(parseSelection(new URLSearchParams('period=custom&from=2026-12-01&to=2026-11-15'))).toEqual({
      preset: 'month',
    });
    expect(parseSelection(new URLSearchParams('period=decade'))).toEqual({ preset: 'month' });
  });

  it('chooses the trend grain sensibly', () => {
    expect(trendGrain({ preset: 'month' }, null)).toBe('day');
    expect(trendGrain({ preset: 'quarter' }, null)).toBe('week');
    expect(trendGrain({ preset: 'year' }, null)).toBe('month');
    expect(trendGrain({ preset: 'custom' }, { from: '2026-01-01', to: '2026-03-31' })).toBe('day');
    expect(trendGrain({ preset: 'custom' }, { from: '2026-01-01', to: '2026-09-30' })).toBe('week');
    expect(trendGrain({ preset: 'custom' }, { from: '2024-01-01', to: '2026-09-30' })).toBe('month');
  });

  it('finds the range before and the same period last year', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    expect(periodKeyLastYear('2026-W11')).toBe('2025-W11');
    expect(periodKeyLastYear('2024-02-29')).toBe('2023-02-28');
    expect(periodKeyLastYear('2026-Q1')).toBe('2025-Q1');
  });

  it('pairs each trend point with last year, missing ones null with a reason', () => {
    const rows = [
      month('2025-10', { revenue: 5 }),
      month('2026-10', { revenue: 7 }),
      month('2026-11', { revenue: 8 }),
    ];
    const points = trendPoints(rows, { from: '2026-10-01', to: '2026-11-30' }, 'revenue');
    expect(points.map((point) => [point.period, point.value, point.lastYear, point.lastYearReason])).toEqual([
      ['2026-10', 7, 5, null],
      ['2026-11', 8, null, 'NO_SAME_PERIOD_LAST_YEAR'],
    ]);
  });
});
