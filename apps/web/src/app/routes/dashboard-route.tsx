import { lazy } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { useCompanies } from '../../features/companies/api/get-companies';
import { useI18n } from '../../lib/i18n/use-i18n';
import { page } from '../lazy-pages';

/** The role dashboards (and ECharts after them) load with the route, outside the entry chunk. */
const DashboardsPage = lazy(async () => ({
  default: (await import('../../features/dashboards/routes/dashboards-page')).DashboardsPage,
}));

/** `/c/:companyId`: resolves the company from the user's list and renders its role dashboard. */
export function DashboardRoute() {
  const { t } = useI18n();
  const { companyId = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.find((candidate) => candidate.id === companyId);

  if (companies.isSuccess && !company) {
    return (
      <EmptyState
        title={t('companies.notFoundTitle')}
        description={t('companies.notFoundBody')}
        action={
          <Link to="/" className="text-sm font-semibold text-teal-700 hover:text-teal-800">
            {t('notFound.home')}
          </Link>
        }
      />
    );
  }

  return page(<DashboardsPage key={companyId} companyId={companyId} company={company} />);
}
