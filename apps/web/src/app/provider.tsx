import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import type { Language } from '../lib/i18n/language';
import { createQueryClient } from '../lib/query-client';

export interface AppProviderProps {
  children: ReactNode;
  /** Injected by tests (e.g. without retries); the app creates its own. */
  queryClient?: QueryClient;
  initialLanguage?: Language;
}

export function AppProvider({ children, queryClient, initialLanguage }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLanguage={initialLanguage}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
