import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../../companies/api/get-companies';
import { UploadPage } from './upload-page';
import { UploadsHistoryPage } from './uploads-history-page';

/** `/c/:companyId/uploads/*`: the history (`uploads`) and the upload wizard (`uploads/new`). */
export function UploadsRoute() {
  const { t } = useI18n();
  // One route entry (`c/:companyId/uploads/*`) serves both pages; the splat picks which.
  const { companyId = '', '*': rest = '' } = useParams();
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
  if (rest.replace(/\/+$/, '') === 'new') return <UploadPage key={company.id} company={company} />;
  return <UploadsHistoryPage key={company.id} company={company} />;
}
