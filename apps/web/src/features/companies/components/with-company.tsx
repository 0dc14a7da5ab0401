import type { MyCompany } from '@ayni/contracts';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../api/get-companies';

/** What a company page shows for an id that is not one of the user's companies. */
export function CompanyNotFound() {
  const { t } = useI18n();
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

/** Renders `children` with the `:companyId` company of the URL, once the user's companies loaded. */
export function WithCompany({ children }: { children: (company: MyCompany) => ReactNode }) {
  const { t } = useI18n();
  const { companyId = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.find((candidate) => candidate.id === companyId);
  if (companies.isPending) return <PageLoader label={t('companies.loading')} />;
  if (!company) return <CompanyNotFound />;
  return children(company);
}
