import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
} from './report-format';
import {
  isoWeekOf,
  lastCompletePeriod,
  lastYearPeriod,
  nextRunAt,
  periodRange,
  previousPeriod,
} from './report-periods';

describe('report periods', () => {
  it('turns periods into date ranges, including leap Februaries and ISO weeks across years', () => {
    expect(periodRange('month', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('quarter', '2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodRange('year', '2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodRange('week', '2026-W53')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(periodRange('week', '2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('names the previous period and the same period last year', () => {
    expect(previousPeriod('month', '2026-01')).toBe('2025-12');
    expect(previousPeriod('quarter', '2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('year', '2026')).toBe('2025');
    expect(previousPeriod('week', '2027-W01')).toBe('2026-W53');
    expect(lastYearPeriod('2026-Q3')).toBe('2025-Q3');
  });

  it('reports the last complete week or month in Chile and schedules the next run', () => {
    // 02:00 UTC on Monday 4 January is still Sunday 3 January in Santiago (UTC-3).
    const sundayNight = Date.parse('2027-01-04T02:00:00Z');
    expect(lastCompletePeriod('weekly', sundayNight)).toEqual({ kind: 'week', period: '2026-W52' });
    expect(lastCompletePeriod('monthly', sundayNight)).toEqual({ kind: 'month', period: '2026-12' });
    expect(nextRunAt('weekly', sundayNight).toISOString()).toBe('2027-01-04T11:00:00.000Z');
    expect(nextRunAt('monthly', sundayNight).toISOString()).toBe('2027-02-01T11:00:00.000Z');
    expect(nextRunAt('monthly', Date.parse('2026-12-31T20:00:00Z')).toISOString()).toBe(
      '2027-01-01T11:00:00.000Z',
    );
  });
});

describe('report number formats', () => {
  it('writes Chilean Spanish and English numbers', () => {
    expect(formatMoney(12_990, 'es')).toBe('$ 12.990');
    expect(formatMoney(1_990, 'es')).toBe('$ 1.990');
    expect(formatMoney(-1_234_567.4, 'es')).toBe('-$ 1.234.567');
    expect(formatMoney(12_990, 'en')).toBe('$12,990');
    expect(formatPercent(1.5, 'es')).toBe('1,5 %');
    expect(formatPercent(1.5, 'en')).toBe('1.5%');
    expect(formatChange(-3.04, 'es')).toBe('-3,0 %');
    expect(formatChange(2.25, 'en', 'pp')).toBe('+2.3 pp');
    expect(formatNumber(-0.01, 'es', 1)).toBe('0,0');
    expect(formatDate('2025-11-14', 'es')).toBe('14 de noviembre de 2025');
    expect(formatDate('2025-11-14', 'en')).toBe('November 14, 2025');
    expect(formatPeriod('2025-Q4', 'es')).toBe('4.º trimestre 2025');
    expect(formatPeriod('2026-W05', 'en')).toBe('week 5 of 2026');
  });
});
