import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api-client';
import { tokenStorage } from '../../../lib/token-storage';

/** Signs out and opens the login page; `from` is where to come back after signing in again. */
export function useLogout(): (from?: string) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (from?: string) => {
      // Ends the server session too (revokes the refresh-token cookie); signing out locally
      // does not wait for it.
      api.post('/api/v1/auth/logout', undefined, { auth: false, credentials: 'include' }).catch(() => {});
      tokenStorage.clear();
      navigate('/login', { replace: true, state: from ? { from } : undefined });
      queryClient.clear();
    },
    [navigate, queryClient],
  );
}
