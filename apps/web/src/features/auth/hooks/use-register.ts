import type { LoginResponse, RegisterRequest } from '@ayni/contracts';
import { useMutation } from '@tanstack/react-query';
import { login } from '../api/login';
import { register } from '../api/register';
import { useStartSession } from './use-start-session';

/**
 * Creates the account, then signs in with the same credentials. Resolves to null when the
 * account exists but signing in failed (e.g. rate limited): the user then signs in by hand.
 */
export function useRegister(onSignedIn: () => void) {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: async (input: RegisterRequest): Promise<LoginResponse | null> => {
      await register(input);
      return login({ email: input.email, password: input.password }).catch(() => null);
    },
    onSuccess: (session) => {
      if (!session) return;
      startSession(session);
      onSignedIn();
    },
  });
}
