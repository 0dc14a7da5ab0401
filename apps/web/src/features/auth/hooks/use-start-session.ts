import type { LoginResponse } from '@ayni/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { tokenStorage } from '../../../lib/token-storage';
import { meQueryKey } from '../api/get-me';

/** Makes a fresh session the current one: nothing cached for a previous user may leak into it. */
export function useStartSession(): (session: LoginResponse) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session: LoginResponse) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, session.user);
      tokenStorage.set(session.access_token);
    },
    [queryClient],
  );
}
