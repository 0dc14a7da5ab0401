import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoader } from '../../../components/page-loader';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCompanies } from '../../companies/api/get-companies';
import { BuffsPanel } from '../components/buffs-panel';
import { CorrelationsPanel } from '../components/correlations-panel';
import { RevenueRealPanel } from '../components/revenue-real-panel';
import { SeriesPanel } from '../components/series-panel';

/** `/c/:companyId/macro`: the company's numbers beside UF, IPC, dólar, IMACEC and friends. */
export function MacroRoute() {
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
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4">
      <header>
        <p className="text-xs font-semibold tracking-wide text-teal-700 uppercase">{t('macro.eyebrow')}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{t('macro.title')}</h1>
        <p className="mt-1 text-sm text-slate-500">{t('macro.disclaimer')}</p>
      </header>
      <BuffsPanel companyId={company.id} />
      <RevenueRealPanel companyId={company.id} />
      <div className="grid gap-4 lg:grid-cols-2">
        <CorrelationsPanel companyId={company.id} />
        <SeriesPanel />
      </div>
    </div>
  );
}
