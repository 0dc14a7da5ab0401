import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { PageLoader } from '../components/page-loader';
import { useI18n } from '../lib/i18n/use-i18n';

/**
 * Pages outside the everyday path (sign-up, recovery, settings, account…) load on demand, so the
 * login page and the dashboard stay small: these forms also pull in the contracts' validators.
 */
function load<K extends string>(loader: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    // Each page's copy comes in one shared chunk with the first lazy page (lib/i18n/page-messages).
    const [module] = await Promise.all([loader(), import('../lib/i18n/page-messages')]);
    return { default: module[name] };
  });
}

export const RegisterPage = load(() => import('../features/auth/routes/register-page'), 'RegisterPage');
export const LandingPage = load(() => import('../features/landing/landing-page'), 'LandingPage');
export const ForgotPasswordPage = load(
  () => import('../features/auth/routes/forgot-password-page'),
  'ForgotPasswordPage',
);
export const ResetPasswordPage = load(
  () => import('../features/auth/routes/reset-password-page'),
  'ResetPasswordPage',
);
export const VerifyEmailPage = load(
  () => import('../features/auth/routes/verify-email-page'),
  'VerifyEmailPage',
);
export const AccountPage = load(() => import('../features/auth/routes/account-page'), 'AccountPage');
export const NewCompanyPage = load(
  () => import('../features/companies/routes/new-company-page'),
  'NewCompanyPage',
);
export const ExplorerRoute = load(
  () => import('../features/explorer/routes/explorer-route'),
  'ExplorerRoute',
);
export const InsightsRoute = load(
  () => import('../features/insights/routes/insights-route'),
  'InsightsRoute',
);
export const DownloadsRoute = load(
  () => import('../features/downloads/routes/downloads-route'),
  'DownloadsRoute',
);
export const MacroRoute = load(() => import('../features/macro/routes/macro-route'), 'MacroRoute');
export const BenchmarksRoute = load(
  () => import('../features/benchmarks/routes/benchmarks-route'),
  'BenchmarksRoute',
);
export const UploadsRoute = load(() => import('../features/uploads/routes/uploads-route'), 'UploadsRoute');
export const ReportsRoute = load(() => import('../features/reports/routes/reports-route'), 'ReportsRoute');
export const SettingsRoute = load(() => import('./routes/settings-route'), 'SettingsRoute');
export const AcceptInvitationRoute = load(
  () => import('./routes/accept-invitation-route'),
  'AcceptInvitationRoute',
);

function Loading() {
  const { t } = useI18n();
  return <PageLoader label={t('common.loading')} />;
}

/** Wraps a lazily loaded page with a loading state while its code arrives. */
export function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<Loading />}>{element}</Suspense>;
}
