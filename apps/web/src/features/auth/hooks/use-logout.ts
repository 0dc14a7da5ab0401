import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api-client';
import { tokenStorage } from '../../../lib/token-storage';

export function useLogout(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    // Ends the server session too (revokes the refresh-token cookie); signing out locally
    // does not wait for it.
    api.post('/api/v1/auth/logout', undefined, { auth: false, credentials: 'include' }).catch(() => {});
    tokenStorage.clear();
    navigate('/login', { replace: true });
    queryClient.clear();
  }, [navigate, queryClient]);
}
