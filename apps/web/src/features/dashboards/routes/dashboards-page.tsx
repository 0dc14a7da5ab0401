import type { DashboardKind, MyCompany } from '@ayni/contracts';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { Tabs } from '../../../components/tabs';
import { formatDate, formatRut } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { AskBox } from '../../ask/components/ask-box';
import { DashboardEmpty, DashboardSkeleton } from '../components/dashboard-states';
import { DASHBOARD_KPIS, VIEWS } from '../components/dashboard-views';
import { KpiGrid } from '../components/kpi-card';
import { PeriodSelector } from '../components/period-selector';
import { useDashboardData } from '../hooks/use-dashboard-data';
import {
  type DateRange,
  DEFAULT_PRESET,
  defaultCustomRange,
  type Preset,
  parseSelection,
} from '../lib/period';
import { allowedDashboards, resolveDashboard } from '../lib/roles';

export interface DashboardsPageProps {
  companyId: string;
  /** Undefined while the company list loads. */
  company: MyCompany | undefined;
}

/**
 * `/c/:companyId`: the member's role dashboard (owner, operations, marketing or finance; `?view=`
 * for the others when allowed) for the period in `?period=` (`&from=&to=` when custom).
 */
export function DashboardsPage({ companyId, company }: DashboardsPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const selection = parseSelection(params);
  const kind: DashboardKind = company ? resolveDashboard(company, params.get('view')) : 'owner';
  const allowed = company ? allowedDashboards(company) : [];
  const data = useDashboardData(companyId, selection, DASHBOARD_KPIS[kind]);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const setPreset = (preset: Preset) => {
    if (preset === 'custom') {
      const range = data.range ?? defaultCustomRange(data.dataThrough);
      update({ period: 'custom', from: range.from, to: range.to });
    } else update({ period: preset === DEFAULT_PRESET ? null : preset, from: null, to: null });
  };
  const setRange = (range: DateRange) => update({ period: 'custom', from: range.from, to: range.to });

  let content: ReactNode;
  if (data.error) {
    content = (
      <ErrorState message={errorMessage(data.error, i18n)} onRetry={data.retry} retrying={data.retrying} />
    );
  } else if (data.empty) {
    content = (
      <DashboardEmpty
        companyId={companyId}
        canUpload={company?.permissions.includes('upload_data') ?? false}
      />
    );
  } else if (data.loading || !data.range || !company) {
    content = <DashboardSkeleton />;
  } else {
    const View = VIEWS[kind];
    content = (
      <div
        aria-busy={data.updating}
        className={data.updating ? 'space-y-6 opacity-60 transition-opacity' : 'space-y-6'}
      >
        {data.kpis ? <KpiGrid kpis={data.kpis} /> : <Skeleton className="h-40 w-full" />}
        <AskBox companyId={companyId} />
        <View companyId={companyId} range={data.range} grain={data.grain} trendRows={data.trendRows} />
      </div>
    );
  }

  const status = (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {data.range && (
        <span data-testid="dashboard-period">
          {t('dashboards.period.showing', {
            from: formatDate(data.range.from),
            to: formatDate(data.range.to),
          })}
        </span>
      )}
      {data.dataThrough && (
        <span data-testid="data-through">
          {t('dashboards.dataThrough', { date: formatDate(data.dataThrough) })}
        </span>
      )}
      {data.updating && <span role="status">{t('dashboards.updating')}</span>}
    </p>
  );

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-teal-700">{t('dashboards.eyebrow')}</p>
          {company ? (
            <h1 className="truncate text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
              {company.name}
            </h1>
          ) : (
            <Skeleton className="mt-1 h-8 w-56" />
          )}
          {company && (
            <p className="mt-1 text-sm text-slate-600">
              RUT {formatRut(company.rut)} · {company.region}
            </p>
          )}
        </div>
        {!data.empty && (
          <PeriodSelector
            preset={selection.preset}
            range={selection.preset === 'custom' ? data.range : null}
            onPreset={setPreset}
            onRange={setRange}
          />
        )}
      </div>
      {allowed.length > 1 ? (
        <Tabs
          label={t('dashboards.tabs')}
          tabs={allowed.map((key) => ({ key, label: t(`dashboards.kind.${key}`) }))}
          selected={kind}
          onSelect={(next) => update({ view: next })}
        >
          <div className="space-y-5">
            {status}
            {content}
          </div>
        </Tabs>
      ) : (
        <div className="space-y-5">
          <div className="flex flex-wrap items-center gap-3">
            <h2 className="text-base font-semibold text-slate-900">{t(`dashboards.kind.${kind}`)}</h2>
            {company?.role === 'viewer' && (
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
                {t('dashboards.readOnly')}
              </span>
            )}
          </div>
          {status}
          {content}
        </div>
      )}
      <footer className="border-t border-slate-200 pt-3 text-xs text-slate-500" data-testid="disclaimer">
        {t('dashboards.disclaimer')}
      </footer>
    </div>
  );
}
