import { describe, expect, it } from 'vitest';
import { customerLabel, normalizeRut, rutCheckDigit, rutSchema } from './rut';

describe('RUT', () => {
  it('computes modulo-11 check digits, including K and 0', () => {
    expect(rutCheckDigit('12345678')).toBe('5');
    expect(rutCheckDigit('11111111')).toBe('1');
    expect(rutCheckDigit('10000013')).toBe('K');
    expect(rutCheckDigit('76086428')).toBe('5');
    expect(rutCheckDigit('6')).toBe('K');
    expect(rutCheckDigit('14')).toBe('0');
  });

  it('accepts the usual spellings and normalizes them', () => {
    for (const input of ['12.345.678-5', '12345678-5', '123456785', ' 12.345.678 - 5 ']) {
      expect(normalizeRut(input)).toBe('12345678-5');
    }
    expect(normalizeRut('10.000.013-k')).toBe('10000013-K');
    expect(normalizeRut('10000013K')).toBe('10000013-K');
  });

  it('shows customer ids that are RUTs with dots, and any other id as it came', () => {
    for (const id of ['12345678-5', '12.345.678-5', '10000013-k'])
      expect(customerLabel(id)).toMatch(/^1[02]\./);
    expect(customerLabel('12345678-5')).toBe('12.345.678-5');
    expect(customerLabel('10000013-k')).toBe('10.000.013-K');
    // Codes are no RUTs: without a hyphen, or with a wrong check digit, they stay as written.
    for (const id of ['123456785', '12345678-9', 'C-001', 'CLIENTE 01', '4521'])
      expect(customerLabel(id)).toBe(id);
  });

  it('rejects a wrong check digit and garbage', () => {
    expect(normalizeRut('12.345.678-9')).toBeNull();
    expect(normalizeRut('abc')).toBeNull();
    expect(normalizeRut('')).toBeNull();
    expect(normalizeRut('0-0')).toBeNull();
    expect(normalizeRut('123456789012-3')).toBeNull();
  });

  it('gives a bilingual validation message through the schema', () => {
    const result = rutSchema.safeParse('12.345.678-9');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('RUT inválido / invalid RUT');
    expect(rutSchema.parse('12.345.678-5')).toBe('12345678-5');
  });
});
