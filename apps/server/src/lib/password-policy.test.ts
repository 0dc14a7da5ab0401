import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { assertPasswordAllowed, passwordProblem } from './password-policy';

const email = 'pedro.pablo@almacen.cl';

describe('password policy', () => {
  it('ships a list of about a thousand common passwords, lower-cased', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(1000);
    for (const p of ['123456', 'password', 'qwertyuiop', 'iloveyou', 'contraseña', 'colocolo']) {
      expect(COMMON_PASSWORDS.has(p), p).toBe(true);
    }
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
  });

  it('accepts a long passphrase that is not on the list', () => {
    expect(passwordProblem('correct horse battery', { email })).toBeNull();
    expect(passwordProblem('Tres tristes tigres 2026', { email })).toBeNull();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ñandú€ñandú', { email })).toBeNull();
    expect(passwordProblem('ñandúñandú'.slice(0, 9), { email })?.message).toContain('at least 10');
  });

  it('refuses listed passwords in any case, also with digits or symbols added at the end', () => {
    for (const p of ['1234567890', 'QwErTyUiOp', 'Colocolo1991!', 'michael2025', 'Password123!!']) {
      expect(passwordProblem(p, { email })?.messageEs, p).toContain('demasiado común');
    }
  });

  it('refuses the e-mail and its local part', () => {
    expect(passwordProblem('PEDRO.PABLO@ALMACEN.CL', { email })?.message).toContain('e-mail');
    expect(passwordProblem('Pedro.Pablo.X', { email: 'pedro.pablo.x@almacen.cl' })).not.toBeNull();
    expect(passwordProblem('Pedro.Pablo2024', { email })?.messageEs).toContain('correo');
  });

  it('throws a bilingual VALIDATION_ERROR on the given field', () => {
    expect(() => assertPasswordAllowed('short', { email, field: 'new_password' })).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_ERROR',
        options: expect.objectContaining({
          messageEs: 'La contraseña debe tener al menos 10 caracteres',
          details: [{ field: 'new_password', message: 'Password must be at least 10 characters' }],
        }),
      }),
    );
  });
});
