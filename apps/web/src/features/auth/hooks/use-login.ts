import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tokenStorage } from '../../../lib/token-storage';
import { meQueryKey } from '../api/get-me';
import { login } from '../api/login';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, session.user);
      tokenStorage.set(session.access_token);
    },
  });
}
