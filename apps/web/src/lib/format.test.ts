import { describe, expect, it } from 'vitest';
import {
  formatCLP,
  formatCompactCLP,
  formatDate,
  formatDateTime,
  formatExactCLP,
  formatMonth,
  formatNumber,
  formatRut,
} from './format';

describe('formatCLP', () => {
  it('formats pesos with dot thousands, a space after the sign and no decimals', () => {
    expect(formatCLP(12990)).toBe('$ 12.990');
    expect(formatCLP(2857)).toBe('$ 2.857');
    expect(formatCLP(1234567.6)).toBe('$ 1.234.568');
    expect(formatCLP(0)).toBe('$ 0');
  });

  it('puts the minus before the sign, never prints a negative zero, and dashes non-numbers', () => {
    expect(formatCLP(-4500)).toBe('-$ 4.500');
    expect(formatCLP(-0.2)).toBe('$ 0');
    expect(formatCLP(Number.NaN)).toBe('—');
  });

  it('writes amounts as cents only when they have them', () => {
    expect(formatExactCLP(12990)).toBe('$ 12.990');
    expect(formatExactCLP(1234.5)).toBe('$ 1.234,50');
    expect(formatExactCLP(-1234.5)).toBe('-$ 1.234,50');
  });

  it('abbreviates the Chilean way in Spanish: MM for millions, mil for thousands', () => {
    expect(formatCompactCLP(2_500_000)).toBe('$ 2,5 MM');
    expect(formatCompactCLP(999_960)).toBe('$ 1 MM');
    expect(formatCompactCLP(850_000)).toBe('$ 850 mil');
    expect(formatCompactCLP(-45_990)).toBe('-$ 46 mil');
    expect(formatCompactCLP(980)).toBe('$ 980');
    expect(formatCompactCLP(2_500_000, 'en')).toBe('$ 2,5 M');
    expect(formatCompactCLP(850_000, 'en')).toBe('$ 850k');
    expect(formatCompactCLP(9_500, 'es', 10_000)).toBe('$ 9.500');
  });
});

describe('formatNumber', () => {
  it('uses Chilean separators', () => {
    expect(formatNumber(4321)).toBe('4.321');
    expect(formatNumber(9876.5)).toBe('9.876,5');
  });
});

describe('formatDate', () => {
  it('formats calendar dates as dd-mm-yyyy without shifting the day', () => {
    expect(formatDate('2026-11-21')).toBe('21-11-2026');
    expect(formatDate('2026-01-01')).toBe('01-01-2026');
  });

  it('formats Date objects and timestamps in local time', () => {
    expect(formatDate(new Date(2026, 10, 21, 23, 59))).toBe('21-11-2026');
    const local = new Date(2026, 2, 5, 9, 7);
    expect(formatDateTime(local.toISOString())).toBe('05-03-2026 09:07');
  });

  it('shows a dash for invalid input', () => {
    expect(formatDate('not a date')).toBe('—');
  });
});

describe('formatRut', () => {
  it('adds thousands dots to a normalized RUT', () => {
    expect(formatRut('76123456-0')).toBe('76.123.456-0');
    expect(formatRut('7.987.654-k')).toBe('7.987.654-K');
    expect(formatRut('n/a')).toBe('n/a');
  });
});

describe('formatMonth', () => {
  it('formats YYYY-MM as a short month in Spanish by default', () => {
    expect(formatMonth('2026-11')).toBe('nov 2026');
    expect(formatMonth('2026-09')).toBe('sep 2026');
    expect(formatMonth('2027-01')).toBe('ene 2027');
  });

  it('follows the UI language', () => {
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
  });

  it('returns unknown input unchanged', () => {
    expect(formatMonth('2026-13')).toBe('2026-13');
  });
});
