import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { formatMonth } from '../../../lib/format';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { DashboardContent, hasSales } from '../components/dashboard-content';
import { DashboardEmpty } from '../components/dashboard-empty';
import { DashboardSkeleton } from '../components/dashboard-skeleton';
import { PeriodSelector } from '../components/period-selector';
import { RefreshStatus } from '../components/refresh-status';
import { useDashboardData } from '../hooks/use-dashboard-data';
import { DEFAULT_PERIOD, type Period, parsePeriod } from '../lib/period';

export interface DashboardPageProps {
  companyId: string;
  /** Undefined while the company list loads. */
  companyName: string | undefined;
  companyDetails?: string;
}

/** The owner dashboard: KPIs, monthly revenue and top products for the period in `?period=`. */
export function DashboardPage({ companyId, companyName, companyDetails }: DashboardPageProps) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const [searchParams, setSearchParams] = useSearchParams();
  const period = parsePeriod(searchParams.get('period'));
  const data = useDashboardData(companyId, period);
  const summary = data.summary;

  const setPeriod = (next: Period) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === DEFAULT_PERIOD) params.delete('period');
        else params.set('period', next);
        return params;
      },
      { replace: true },
    );
  };

  const months = summary?.by_month.map((point) => point.month).sort() ?? [];
  const firstMonth = months[0];
  const lastMonth = months[months.length - 1];

  let content: ReactNode;
  if (data.error && !summary) {
    content = (
      <ErrorState message={errorMessage(data.error, i18n)} onRetry={data.retry} retrying={data.isRetrying} />
    );
  } else if (!summary) {
    content = <DashboardSkeleton />;
  } else if (!hasSales(summary)) {
    content = <DashboardEmpty />;
  } else {
    content = <DashboardContent summary={summary} updating={data.isUpdating} />;
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-teal-700">{t('dashboard.title')}</p>
          {companyName ? (
            <h1 className="truncate text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
              {companyName}
            </h1>
          ) : (
            <Skeleton className="mt-1 h-8 w-56" />
          )}
          {companyDetails && <p className="mt-1 text-sm text-slate-500">{companyDetails}</p>}
        </div>
        <div className="flex w-full flex-col items-start gap-2 sm:w-auto sm:items-end">
          {(!summary || hasSales(summary)) && <PeriodSelector value={period} onChange={setPeriod} />}
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {firstMonth && lastMonth && (
              <span className="text-xs text-slate-500">
                {t('dashboard.period.range', {
                  from: formatMonth(firstMonth, language),
                  to: formatMonth(lastMonth, language),
                })}
              </span>
            )}
            {summary && <RefreshStatus refreshedAt={summary.refreshed_at} />}
          </div>
        </div>
      </div>
      {content}
    </div>
  );
}
