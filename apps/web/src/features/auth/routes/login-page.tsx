import { Navigate, useLocation } from 'react-router';
import { LanguageToggle } from '../../../components/language-toggle';
import { Logo } from '../../../components/logo';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { LoginForm } from '../components/login-form';
import { useAccessToken } from '../hooks/use-access-token';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const token = useAccessToken();
  const location = useLocation();
  const target = redirectTarget(location.state);

  // Already signed in, or just signed in: leave the login page.
  if (token) return <Navigate to={target} replace />;

  return (
    <div className="flex min-h-dvh flex-col bg-linear-to-br from-teal-50 via-slate-50 to-amber-50">
      <div className="flex justify-end p-4">
        <LanguageToggle />
      </div>
      <main className="flex flex-1 items-center justify-center px-4 pb-16">
        <div className="w-full max-w-sm">
          <div className="mb-8 flex flex-col items-center gap-2 text-center">
            <Logo className="text-xl" />
            <p className="text-sm text-slate-600">{t('app.tagline')}</p>
          </div>
          <div className="rounded-2xl bg-white p-6 shadow-lg shadow-slate-200/60 ring-1 ring-slate-200 sm:p-8">
            <h1 className="text-xl font-semibold text-slate-900">{t('auth.title')}</h1>
            <p className="mt-1 mb-6 text-sm text-slate-600">{t('auth.subtitle')}</p>
            <LoginForm />
          </div>
        </div>
      </main>
    </div>
  );
}
