import { useSyncExternalStore } from 'react';
import { tokenStorage } from '../../../lib/token-storage';

/** Current access token (or null); re-renders when it is set or cleared, e.g. after a 401. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(tokenStorage.subscribe, tokenStorage.get, tokenStorage.get);
}
