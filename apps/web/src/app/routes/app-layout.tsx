import { Outlet, useMatch } from 'react-router';
import { AppShell } from '../../components/layout/app-shell';
import { MoreMenu } from '../../components/layout/more-menu';
import { NavItem } from '../../components/layout/nav-item';
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

/**
 * Signed-in frame: company switcher, the current company's everyday pages in the bar, the rest
 * (and settings) under "Más", and the user menu. Fits 1280 px with every label and 360 px as icons.
 */
export function AppLayout() {
  const { t } = useI18n();
  const token = useAccessToken();
  const companies = useCompanies();
  const match = useMatch('/c/:companyId/*');
  useLiveDashboardRefresh(token);

  const list = companies.data ?? [];
  const companyId = match?.params.companyId;
  const current = list.find((company) => company.id === companyId);
  return (
    <AppShell
      start={
        <nav aria-label={t('nav.main')} className="flex min-w-0 items-center gap-1 py-1 sm:gap-2">
          {list.length > 0 && <CompanySwitcher companies={list} currentId={companyId} />}
          {current && <UploadsNav company={current} />}
          {current && <ExplorerNav company={current} />}
          {current && <InsightsNav company={current} />}
          {current && (
            <MoreMenu label={t('nav.more')}>
              <ReportsNav company={current} />
              <DownloadsNav company={current} />
              <MacroNav company={current} />
              <BenchmarksNav company={current} />
              <NavItem
                to={`/c/${current.id}/settings`}
                match="/c/:companyId/settings"
                label={t('nav.settings')}
                icon={GEAR}
              />
            </MoreMenu>
          )}
        </nav>
      }
      end={<UserMenu />}
    >
      <Outlet />
    </AppShell>
  );
}
