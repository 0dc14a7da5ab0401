import type { User } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';
import { useAccessToken } from '../hooks/use-access-token';

export const meQueryKey = ['auth', 'me'] as const;

export async function getMe(signal?: AbortSignal): Promise<User> {
  const body = await api.get<Envelope<User>>('/api/v1/auth/me', { signal });
  return body.data;
}

/** The signed-in user (seeded by the login answer, refreshed from /auth/me). */
export function useMe() {
  const token = useAccessToken();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });
}
