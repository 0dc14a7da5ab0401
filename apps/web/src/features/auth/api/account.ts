import type { Account, ChangePasswordRequest, LoginResponse, UpdateMeRequest } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

/** The full account (verification and two-factor flags), as opposed to the login's user. */
export const accountQueryKey = ['auth', 'account'] as const;

export async function getAccount(signal?: AbortSignal): Promise<Account> {
  const body = await api.get<Envelope<Account>>('/api/v1/auth/me', { signal });
  return body.data;
}

export function useAccount() {
  return useQuery({ queryKey: accountQueryKey, queryFn: ({ signal }) => getAccount(signal) });
}

export async function updateMe(input: UpdateMeRequest): Promise<Account> {
  const body = await api.patch<Envelope<Account>>('/api/v1/auth/me', input);
  return body.data;
}

/** Changes the password; every other session ends and this client gets a new one. */
export async function changePassword(input: ChangePasswordRequest): Promise<LoginResponse> {
  const body = await api.post<Envelope<LoginResponse>>('/api/v1/auth/change-password', input, {
    credentials: 'include',
  });
  return body.data;
}
