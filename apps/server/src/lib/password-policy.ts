import { AppError } from './app-error';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;

export interface PasswordProblem {
  message: string;
  messageEs: string;
}

// "Dragon2024!", "chile123": a listed password with digits or symbols added at the end.
const stripSuffix = (value: string) => value.replace(/[^\p{L}]+$/u, '');

/** Why `password` may not be used by the account with `email`, or null if it is fine. */
export function passwordProblem(password: string, context: { email: string }): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return {
      message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters`,
      messageEs: `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres`,
    };
  }
  const lower = password.toLowerCase();
  const email = context.email.toLowerCase();
  const localPart = email.split('@')[0] ?? email;
  if ([lower, stripSuffix(lower)].some((candidate) => candidate === email || candidate === localPart)) {
    return {
      message: 'Password must not be your e-mail address',
      messageEs: 'La contraseña no puede ser tu correo electrónico',
    };
  }
  const stripped = stripSuffix(lower);
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(stripped) || new Set(lower).size < 4) {
    return {
      message: 'This password is too common or too easy to guess; choose another one',
      messageEs: 'Esta contraseña es demasiado común o fácil de adivinar; elige otra',
    };
  }
  return null;
}

/** Throws 400 VALIDATION_ERROR on `field` (bilingual) when the password may not be used. */
export function assertPasswordAllowed(password: string, context: { email: string; field: string }): void {
  const problem = passwordProblem(password, context);
  if (!problem) return;
  throw new AppError('VALIDATION_ERROR', problem.message, {
    messageEs: problem.messageEs,
    details: [{ field: context.field, message: problem.message }],
  });
}
