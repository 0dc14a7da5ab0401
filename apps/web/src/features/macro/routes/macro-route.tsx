import { useI18n } from '../../../lib/i18n/use-i18n';
import { WithCompany } from '../../companies/components/with-company';
import { BuffsPanel } from '../components/buffs-panel';
import { CorrelationsPanel } from '../components/correlations-panel';
import { RevenueRealPanel } from '../components/revenue-real-panel';
import { SeriesPanel } from '../components/series-panel';

/** `/c/:companyId/macro`: the company's numbers beside UF, IPC, dólar, IMACEC and friends. */
export function MacroRoute() {
  return <WithCompany>{(company) => <MacroPage companyId={company.id} />}</WithCompany>;
}

function MacroPage({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4">
      <header>
        <p className="text-xs font-semibold tracking-wide text-teal-700 uppercase">{t('macro.eyebrow')}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{t('macro.title')}</h1>
        <p className="mt-1 text-sm text-slate-500">{t('macro.disclaimer')}</p>
      </header>
      <BuffsPanel companyId={companyId} />
      <RevenueRealPanel companyId={companyId} />
      <div className="grid gap-4 lg:grid-cols-2">
        <CorrelationsPanel companyId={companyId} />
        <SeriesPanel />
      </div>
    </div>
  );
}
