import { Navigate } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../api/get-companies';
import { NoCompanies } from '../components/no-companies';

/** `/`: open the first company's dashboard, or explain that there is none yet. */
export function HomePage() {
  const i18n = useI18n();
  const companies = useCompanies();

  if (companies.isPending) return <PageLoader label={i18n.t('companies.loading')} />;
  if (companies.isError) {
    return (
      <ErrorState
        message={errorMessage(companies.error, i18n)}
        onRetry={() => void companies.refetch()}
        retrying={companies.isFetching}
      />
    );
  }
  const first = companies.data[0];
  if (!first) return <NoCompanies />;
  return <Navigate to={`/c/${first.id}`} replace />;
}
