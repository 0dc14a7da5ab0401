import { describe, expect, it } from 'vitest';
import {
  formatCLP,
  formatCompactCLP,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatRut,
} from './format';

// CLDR data decides whether a (no-break) space follows the peso sign; accept both.
const clp = (digits: string) => new RegExp(`^\\$\\s?${digits.replace(/\./g, '\\.')}$`);

describe('formatCLP', () => {
  it('formats pesos with dot thousands and no decimals', () => {
    expect(formatCLP(12990)).toMatch(clp('12.990'));
    expect(formatCLP(1234567.6)).toMatch(clp('1.234.568'));
    expect(formatCLP(0)).toMatch(clp('0'));
  });

  it('matches Intl es-CL currency formatting exactly', () => {
    const intl = new Intl.NumberFormat('es-CL', {
      style: 'currency',
      currency: 'CLP',
      maximumFractionDigits: 0,
    });
    expect(formatCLP(45990)).toBe(intl.format(45990));
  });

  it('never prints a negative zero and shows a dash for non-numbers', () => {
    expect(formatCLP(-0.2)).toMatch(clp('0'));
    expect(formatCLP(Number.NaN)).toBe('—');
  });

  it('has compact axis labels', () => {
    expect(formatCompactCLP(2_500_000)).toBe('$2,5 M');
    expect(formatCompactCLP(850_000)).toBe('$850 mil');
    expect(formatCompactCLP(850_000, 'en')).toBe('$850k');
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
