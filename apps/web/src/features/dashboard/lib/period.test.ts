import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, SUMMARY } from '../../../../test/fixtures';
import { niceScale } from './chart-scale';
import { lastDataMonth, parsePeriod, periodRange } from './period';

describe('periodRange', () => {
  it('covers the last N months ending with the newest data month', () => {
    expect(periodRange('3', '2026-11')).toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(periodRange('12', '2026-11')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(periodRange('18', '2026-02')).toEqual({ from: '2024-09-01', to: '2026-02-28' });
    expect(periodRange('6', '2024-02')).toEqual({ from: '2023-09-01', to: '2024-02-29' });
  });

  it('means no filter for "all" or when there is no data yet', () => {
    expect(periodRange('all', '2026-11')).toBeNull();
    expect(periodRange('3', null)).toBeNull();
  });
});

describe('parsePeriod / lastDataMonth', () => {
  it('falls back to all for unknown values', () => {
    expect(parsePeriod('6')).toBe('6');
    expect(parsePeriod('7')).toBe('all');
    expect(parsePeriod(null)).toBe('all');
  });

  it('finds the newest month', () => {
    expect(lastDataMonth(SUMMARY)).toBe('2026-11');
    expect(lastDataMonth(EMPTY_SUMMARY)).toBeNull();
  });
});

describe('niceScale', () => {
  it('rounds the axis up to friendly steps', () => {
    expect(niceScale(2_800_000)).toEqual({ top: 4_000_000, step: 1_000_000 });
    expect(niceScale(730)).toEqual({ top: 800, step: 200 });
    expect(niceScale(0)).toEqual({ top: 4, step: 1 });
  });
});
