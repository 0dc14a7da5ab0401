import { lazy } from 'react';
import { useParams } from 'react-router';
import { useCompanies } from '../../features/companies/api/get-companies';
import { CompanyNotFound } from '../../features/companies/components/with-company';
import { page } from '../lazy-pages';

/** The role dashboards (and ECharts after them) load with the route, outside the entry chunk. */
const DashboardsPage = lazy(async () => ({
  default: (await import('../../features/dashboards/routes/dashboards-page')).DashboardsPage,
}));

/** `/c/:companyId`: resolves the company from the user's list and renders its role dashboard. */
export function DashboardRoute() {
  const { companyId = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.find((candidate) => candidate.id === companyId);

  // Unlike other company pages this one does not wait for the list: the dashboard's own queries
  // start at once (the company id is in the URL), which is what makes the first render fast.
  if (companies.isSuccess && !company) return <CompanyNotFound />;

  return page(<DashboardsPage key={companyId} companyId={companyId} company={company} />);
}
