import { Outlet, useMatch } from 'react-router';
import { AppShell } from '../../components/layout/app-shell';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useAccessToken } from '../../features/auth/hooks/use-access-token';
import { useCompanies } from '../../features/companies/api/get-companies';
import { CompanySwitcher } from '../../features/companies/components/company-switcher';
import { useLiveDashboardRefresh } from '../../features/dashboard/hooks/use-live-dashboard-refresh';

/** Signed-in frame: top bar with the company switcher (when there are several) and the user menu. */
export function AppLayout() {
  const token = useAccessToken();
  const companies = useCompanies();
  const match = useMatch('/c/:companyId');
  useLiveDashboardRefresh(token);

  const list = companies.data ?? [];
  return (
    <AppShell
      start={
        list.length > 1 ? <CompanySwitcher companies={list} currentId={match?.params.companyId} /> : null
      }
      end={<UserMenu />}
    >
      <Outlet />
    </AppShell>
  );
}
