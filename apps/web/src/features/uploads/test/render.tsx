import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../../lib/i18n/i18n-provider';
import type { Language } from '../../../lib/i18n/language';

/** Renders a component with the app's i18n (Spanish unless told) and a fresh query client. */
export function renderWithApp(ui: ReactElement, { language = 'es' }: { language?: Language } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLanguage={language}>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
