import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/use-i18n';
import { Logo } from '../logo';

export interface AppShellProps {
  /** Controls shown next to the logo (e.g. the company switcher). */
  start?: ReactNode;
  /** Controls on the right (e.g. the user menu). */
  end?: ReactNode;
  children: ReactNode;
}

/** Top bar plus a centered main column, shared by every signed-in page. */
export function AppShell({ start, end, children }: AppShellProps) {
  const { t } = useI18n();
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2"
      >
        {t('app.skipToContent')}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
          <Logo compact />
          <div className="flex min-w-0 flex-1 items-center">{start}</div>
          <div className="flex shrink-0 items-center gap-3">{end}</div>
        </div>
      </header>
      {/* Focusable from script only, so the skip link moves the keyboard focus here, past the nav. */}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto max-w-7xl px-4 py-6 focus:outline-none sm:px-6 sm:py-8"
      >
        {children}
      </main>
    </div>
  );
}
