import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from '../../../components/cx';
import { LanguageToggle } from '../../../components/language-toggle';
import { Logo } from '../../../components/logo';
import { ThemeToggle } from '../../../components/theme-toggle';
import { useI18n } from '../../../lib/i18n/use-i18n';

export interface AuthLayoutProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
  /** Links under the card ("¿No tienes cuenta? Crear cuenta"). */
  footer?: ReactNode;
  wide?: boolean;
}

/** The signed-out frame: language switch, logo and one centered card (login, sign-up, recovery). */
export function AuthLayout({ title, subtitle, children, footer, wide = false }: AuthLayoutProps) {
  const { t } = useI18n();
  return (
    <div className="flex min-h-dvh flex-col bg-linear-to-br from-teal-50 via-slate-50 to-amber-50">
      <div className="flex justify-end gap-2 p-4">
        <ThemeToggle />
        <LanguageToggle />
      </div>
      <main className="flex flex-1 items-center justify-center px-4 pb-16">
        <div className={cx('w-full', wide ? 'max-w-md' : 'max-w-sm')}>
          <div className="mb-8 flex flex-col items-center gap-2 text-center">
            <Link to="/" className="rounded-lg focus-visible:outline-2 focus-visible:outline-teal-700">
              <Logo className="text-xl" />
            </Link>
            <p className="text-sm text-slate-600">{t('app.tagline')}</p>
          </div>
          <div className="rounded-2xl bg-white p-6 shadow-lg shadow-slate-200/60 ring-1 ring-slate-200 sm:p-8">
            <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
            {subtitle && <p className="mt-1 text-sm text-slate-600">{subtitle}</p>}
            <div className="mt-6">{children}</div>
          </div>
          {footer && <div className="mt-6 space-y-2 text-center text-sm text-slate-600">{footer}</div>}
        </div>
      </main>
    </div>
  );
}

/** A teal text link for the auth pages' footers. */
export function AuthLink({ to, state, children }: { to: string; state?: unknown; children: ReactNode }) {
  return (
    <Link
      to={to}
      state={state}
      className="font-semibold text-teal-700 hover:text-teal-800 focus-visible:outline-2 focus-visible:outline-teal-700"
    >
      {children}
    </Link>
  );
}
