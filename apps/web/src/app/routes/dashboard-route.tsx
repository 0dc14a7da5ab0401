import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { useCompanies } from '../../features/companies/api/get-companies';
import { DashboardPage } from '../../features/dashboard/routes/dashboard-page';
import { formatRut } from '../../lib/format';
import { useI18n } from '../../lib/i18n/use-i18n';

/** `/c/:companyId`: resolves the company from the user's list and renders its dashboard. */
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

  return (
    <DashboardPage
      key={companyId}
      companyId={companyId}
      companyName={company?.name}
      companyDetails={company ? `RUT ${formatRut(company.rut)} · ${company.region}` : undefined}
    />
  );
}
