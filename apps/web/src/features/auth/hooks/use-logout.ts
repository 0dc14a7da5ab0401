import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { tokenStorage } from '../../../lib/token-storage';

export function useLogout(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    tokenStorage.clear();
    navigate('/login', { replace: true });
    queryClient.clear();
  }, [navigate, queryClient]);
}
