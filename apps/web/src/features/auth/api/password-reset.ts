import type { PasswordResetConfirm } from '@ayni/contracts';
import { api } from '../../../lib/api-client';

/** Asks for a reset link; the API answers the same whether or not the account exists. */
export async function requestPasswordReset(email: string): Promise<void> {
  await api.post('/api/v1/auth/password-reset/request', { email }, { auth: false });
}

/** Sets a new password with the token from the reset link (every session ends). */
export async function confirmPasswordReset(input: PasswordResetConfirm): Promise<void> {
  await api.post('/api/v1/auth/password-reset/confirm', input, { auth: false });
}
