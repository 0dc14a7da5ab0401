import { Link, Outlet, useMatch } from 'react-router';
import { cx } from '../../components/cx';
import { AppShell } from '../../components/layout/app-shell';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useAccessToken } from '../../features/auth/hooks/use-access-token';
import { BenchmarksNav } from '../../features/benchmarks/components/benchmarks-nav';
import { useCompanies } from '../../features/companies/api/get-companies';
import { CompanySwitcher } from '../../features/companies/components/company-switcher';
import { useLiveDashboardRefresh } from '../../features/dashboards/hooks/use-live-dashboard-refresh';
import { DownloadsNav } from '../../features/downloads/components/downloads-nav';
import { ExplorerNav } from '../../features/explorer/components/explorer-nav';
import { InsightsNav } from '../../features/insights/components/insights-nav';
import { MacroNav } from '../../features/macro/components/macro-nav';
import { ReportsNav } from '../../features/reports/components/reports-nav';
import { UploadsNav } from '../../features/uploads/components/uploads-nav';
import { useI18n } from '../../lib/i18n/use-i18n';

const GEAR =
  'M10.3 4.3c.4-1.7 2.9-1.7 3.4 0a1.7 1.7 0 0 0 2.6 1.1c1.5-.9 3.3.8 2.4 2.4a1.7 1.7 0 0 0 1 2.5c1.8.4 1.8 2.9 0 3.4a1.7 1.7 0 0 0-1 2.6c.9 1.5-.9 3.3-2.4 2.4a1.7 1.7 0 0 0-2.6 1c-.4 1.8-2.9 1.8-3.4 0a1.7 1.7 0 0 0-2.5-1c-1.6.9-3.3-.9-2.4-2.4a1.7 1.7 0 0 0-1.1-2.6c-1.7-.4-1.7-2.9 0-3.4a1.7 1.7 0 0 0 1.1-2.5c-.9-1.6.8-3.3 2.4-2.4a1.7 1.7 0 0 0 2.5-1.1ZM15 12a3 3 0 1 1-6 0 3 3 0 0 1 6 0Z';

/** Signed-in frame: company switcher, the current company's settings link, and the user menu. */
export function AppLayout() {
  const { t } = useI18n();
  const token = useAccessToken();
  const companies = useCompanies();
  const match = useMatch('/c/:companyId/*');
  const onSettings = useMatch('/c/:companyId/settings') !== null;
  useLiveDashboardRefresh(token);

  const list = companies.data ?? [];
  const companyId = match?.params.companyId;
  const current = list.find((company) => company.id === companyId);
  return (
    <AppShell
      start={
        <nav
          aria-label={t('nav.main')}
          className="relative flex min-w-0 items-center gap-2 overflow-x-auto py-1"
        >
          {list.length > 0 && <CompanySwitcher companies={list} currentId={companyId} />}
          {current && <UploadsNav company={current} />}
          {current && <ExplorerNav company={current} />}
          {current && <InsightsNav company={current} />}
          {current && <DownloadsNav company={current} />}
          {current && <ReportsNav company={current} />}
          {current && <MacroNav company={current} />}
          {current && <BenchmarksNav company={current} />}
          {current && (
            <Link
              to={`/c/${current.id}/settings`}
              aria-current={onSettings ? 'page' : undefined}
              className={cx(
                'flex shrink-0 items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium',
                'focus-visible:outline-2 focus-visible:outline-teal-700',
                onSettings
                  ? 'bg-teal-50 text-teal-800'
                  : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
              )}
            >
              <svg
                viewBox="0 0 24 24"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                aria-hidden="true"
              >
                <path d={GEAR} strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span className="sr-only sm:not-sr-only">{t('nav.settings')}</span>
            </Link>
          )}
        </nav>
      }
      end={<UserMenu />}
    >
      <Outlet />
    </AppShell>
  );
}
