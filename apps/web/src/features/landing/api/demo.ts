import type { DemoAvailability, LoginResponse } from '@ayni/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';
import { useStartSession } from '../../auth/hooks/use-start-session';

const DEMO = '/api/v1/auth/demo';

/** Whether this server lets visitors try the demo company without an account. */
export function useDemoAvailability() {
  return useQuery({
    queryKey: ['auth', 'demo'],
    queryFn: async () => (await api.get<Envelope<DemoAvailability>>(DEMO, { auth: false })).data,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Signs in as a new throwaway visitor (read-only viewer of the demo company). */
export function useStartDemo() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: async () =>
      // 'include' so the browser keeps the httpOnly refresh-token cookie the answer sets.
      (await api.post<Envelope<LoginResponse>>(DEMO, undefined, { auth: false, credentials: 'include' }))
        .data,
    onSuccess: startSession,
  });
}
