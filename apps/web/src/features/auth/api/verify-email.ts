import type { Account } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

/** Confirms the e-mail address with the token from the verification link. */
export async function verifyEmail(token: string): Promise<Account> {
  const body = await api.post<Envelope<Account>>('/api/v1/auth/verify-email', { token }, { auth: false });
  return body.data;
}

/** E-mails the signed-in user a new verification link. */
export async function resendVerification(): Promise<void> {
  await api.post('/api/v1/auth/verify-email/resend');
}
