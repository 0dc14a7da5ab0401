import { z } from 'zod';

/** Modulo-11 check digit of a RUT body ('0'-'9' or 'K'). */
export function rutCheckDigit(body: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const digit = 11 - (sum % 11);
  return digit === 11 ? '0' : digit === 10 ? 'K' : String(digit);
}

/**
 * Normalizes `12.345.678-5`, `12345678-5`, `123456785` (and `k`) to `12345678-5`;
 * null when it is not a valid RUT.
 */
export function normalizeRut(input: string): string | null {
  const compact = input.replace(/[.\s-]/g, '').toUpperCase();
  if (!/^\d{1,8}[\dK]$/.test(compact)) return null;
  const body = compact.slice(0, -1).replace(/^0+/, '');
  const dv = compact.slice(-1);
  if (!body || rutCheckDigit(body) !== dv) return null;
  return `${body}-${dv}`;
}

/** `12345678-5` (or any spelling of it) → `12.345.678-5`; text that is no RUT as it came. */
export function formatRut(rut: string): string {
  const compact = rut.replace(/[.\s-]/g, '').toUpperCase();
  if (!/^\d{1,8}[\dK]$/.test(compact)) return rut;
  const body = compact.slice(0, -1).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${body}-${compact.slice(-1)}`;
}

/**
 * A customer's id as people read it: a valid RUT written with its hyphen (`12345678-5`,
 * `12.345.678-5`) shows with dots; codes and names as the file wrote them.
 */
export function customerLabel(id: string): string {
  return id.includes('-') && normalizeRut(id) !== null ? formatRut(id) : id;
}

export const rutSchema = z.string().transform((value, ctx) => {
  const rut = normalizeRut(value);
  if (!rut) {
    // `params` lets the error handler answer in both languages (message / message_es).
    ctx.addIssue({
      code: 'custom',
      message: 'RUT inválido / invalid RUT',
      params: { message: 'invalid RUT', message_es: 'RUT inválido' },
    });
    return z.NEVER;
  }
  return rut;
});
