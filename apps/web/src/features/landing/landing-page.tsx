import { Link, Navigate } from 'react-router';
import { LanguageToggle } from '../../components/language-toggle';
import { Logo } from '../../components/logo';
import { OutlineIcon } from '../../components/outline-icon';
import { useI18n } from '../../lib/i18n/use-i18n';
import { useAccessToken } from '../auth/hooks/use-access-token';
import { DemoButton } from './components/demo-button';

/** Outline icon paths (24×24) of the four things AYNI does. */
const FEATURES = [
  { key: 'upload', icon: 'M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2' },
  { key: 'dashboards', icon: 'M4 20V10M10 20V4M16 20v-7M22 20H2' },
  {
    key: 'insights',
    icon: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.8V16h5v-.3c0-.7.4-1.4 1-1.8A6 6 0 0 0 12 3Z',
  },
  { key: 'ask', icon: 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.4A8 8 0 1 1 21 12Z' },
] as const;

const PROMISES = ['encrypted', 'isolated', 'anonymous', 'yours'] as const;

/** `/welcome`: what AYNI does and how it treats your data, for visitors who are not signed in. */
export function LandingPage() {
  const { t } = useI18n();
  const token = useAccessToken();
  if (token) return <Navigate to="/" replace />;
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900">
      <header className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-5 sm:gap-4 sm:px-6">
        <Logo />
        <nav aria-label={t('landing.navLabel')} className="flex items-center gap-1 sm:gap-3">
          <LanguageToggle />
          <Link
            to="/login"
            className="rounded-lg px-2 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 sm:px-3"
          >
            {t('landing.login')}
          </Link>
          <Link
            to="/register"
            className="rounded-lg bg-teal-700 px-2 py-2 text-sm font-semibold text-white hover:bg-teal-800 sm:px-3"
          >
            {t('landing.register')}
          </Link>
        </nav>
      </header>
      <main>
        <section className="mx-auto max-w-6xl px-4 pt-10 pb-14 sm:px-6 sm:pt-16">
          <p className="text-sm font-semibold tracking-wide text-teal-700 uppercase">
            {t('landing.eyebrow')}
          </p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-balance sm:text-5xl">
            {t('landing.title')}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-600">{t('landing.subtitle')}</p>
          <div className="mt-8 flex flex-wrap items-start gap-3">
            <Link
              to="/register"
              className="rounded-xl bg-teal-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-teal-800"
            >
              {t('landing.cta')}
            </Link>
            <Link
              to="/login"
              className="rounded-xl bg-white px-5 py-3 font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"
            >
              {t('landing.haveAccount')}
            </Link>
            <DemoButton />
          </div>
        </section>
        <section aria-labelledby="landing-features" className="bg-white py-14">
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <h2 id="landing-features" className="text-2xl font-semibold">
              {t('landing.features.title')}
            </h2>
            <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {FEATURES.map(({ key, icon }) => (
                <li key={key} className="rounded-2xl bg-slate-50 p-5 ring-1 ring-slate-200">
                  <OutlineIcon d={icon} className="size-6 text-teal-700" />
                  <h3 className="mt-3 font-semibold">{t(`landing.features.${key}.title`)}</h3>
                  <p className="mt-1 text-sm text-slate-600">{t(`landing.features.${key}.body`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
        <section aria-labelledby="landing-privacy" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
          <h2 id="landing-privacy" className="text-2xl font-semibold">
            {t('landing.privacy.title')}
          </h2>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2">
            {PROMISES.map((key) => (
              <li key={key} className="flex gap-3">
                <OutlineIcon d="M5 12l4 4L19 6" className="mt-0.5 size-5 shrink-0 text-teal-700" />
                <p className="text-slate-700">{t(`landing.privacy.${key}`)}</p>
              </li>
            ))}
          </ul>
          <p className="mt-8 text-sm text-slate-500">{t('landing.disclaimer')}</p>
        </section>
      </main>
    </div>
  );
}
