import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../../companies/api/get-companies';
import { DownloadsPage } from './downloads-page';

/** `/c/:companyId/downloads`: the company's download center. */
export function DownloadsRoute() {
  const { t } = useI18n();
  const { companyId = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.find((candidate) => candidate.id === companyId);

  if (companies.isPending) return <PageLoader label={t('companies.loading')} />;
  if (!company) {
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
  return <DownloadsPage key={company.id} company={company} />;
}
