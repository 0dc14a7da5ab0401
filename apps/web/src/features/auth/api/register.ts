import type { Account, RegisterRequest, RegisterResponse } from '@ayni/contracts';
import { api, type Envelope } from '../../../lib/api-client';

/** Creates an account (the server e-mails a verification link); it does not sign in. */
export async function register(input: RegisterRequest): Promise<Account> {
  const body = await api.post<Envelope<RegisterResponse>>('/api/v1/auth/register', input, { auth: false });
  return body.data.user;
}
