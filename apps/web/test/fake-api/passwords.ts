import type { Ctx } from './http';
import { fail } from './http';

const COMMON = new Set(['password', 'contraseña', 'qwerty', '1234567890', 'chile', 'administrador']);

/** The server's password policy (length, not the e-mail, not common), answering 400 on `field`. */
export function refusePassword(ctx: Ctx, password: string, email: string, field: string): boolean {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[^\p{L}]+$/u, '');
  const local = email.toLowerCase().split('@')[0];
  let problem: [string, string] | null = null;
  if ([...password].length < 10) {
    problem = ['Password must be at least 10 characters', 'La contraseña debe tener al menos 10 caracteres'];
  } else if (stripped === local || lower === email.toLowerCase()) {
    problem = [
      'Password must not be your e-mail address',
      'La contraseña no puede ser tu correo electrónico',
    ];
  } else if (COMMON.has(lower) || COMMON.has(stripped)) {
    problem = [
      'This password is too common or too easy to guess; choose another one',
      'Esta contraseña es demasiado común o fácil de adivinar; elige otra',
    ];
  }
  if (!problem) return false;
  fail(ctx.res, 400, 'VALIDATION_ERROR', problem[0], problem[1], [{ field, message: problem[0] }]);
  return true;
}
