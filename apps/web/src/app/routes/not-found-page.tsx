import { Link } from 'react-router';
import { Logo } from '../../components/logo';
import { useI18n } from '../../lib/i18n/use-i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 bg-slate-50 px-4 text-center">
      <Logo />
      <p className="text-6xl font-bold tracking-tight text-teal-700">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{t('notFound.title')}</h1>
      <p className="max-w-md text-slate-600">{t('notFound.body')}</p>
      <Link
        to="/"
        className="rounded-lg bg-teal-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-teal-800"
      >
        {t('notFound.home')}
      </Link>
    </main>
  );
}
