import { Link, Navigate, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../../companies/api/get-companies';
import { isExplorerLevel } from '../lib/levels';
import { ExplorerPage } from './explorer-page';

/** `/c/:companyId/explore/:level` (one route entry, `explore/*`; an unknown level goes to month). */
export function ExplorerRoute() {
  const { t } = useI18n();
  const { companyId = '', '*': rest = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.find((candidate) => candidate.id === companyId);
  const level = rest.replace(/\/+$/, '');

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
  if (!isExplorerLevel(level)) return <Navigate to={`/c/${company.id}/explore/month`} replace />;
  return <ExplorerPage key={company.id} company={company} level={level} />;
}
