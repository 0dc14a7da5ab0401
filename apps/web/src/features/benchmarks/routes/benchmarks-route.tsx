import type { BenchmarkGrain } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AnalyticsDisclaimer } from '../../../components/analytics-disclaimer';
import { ErrorState } from '../../../components/error-state';
import { PageLoader } from '../../../components/page-loader';
import { errorMessage } from '../../../lib/i18n/error-message';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { WithCompany } from '../../companies/components/with-company';
import { benchmarksOptions } from '../api/benchmarks';
import { BenchmarksView, GRAINS } from '../components/benchmarks-view';
import { RankHistory } from '../components/rank-history';

/** `/c/:companyId/benchmarks`: the company against businesses like it, privately. */
export function BenchmarksRoute() {
  return <WithCompany>{(company) => <BenchmarksPage companyId={company.id} />}</WithCompany>;
}

function BenchmarksPage({ companyId }: { companyId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [grain, setGrain] = useState<BenchmarkGrain>('month');
  const query = useQuery(benchmarksOptions(companyId, grain));
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs font-semibold tracking-wide text-teal-700 uppercase">
            {t('benchmarks.eyebrow')}
          </p>
          <h1 className="text-2xl font-semibold text-slate-900">{t('benchmarks.title')}</h1>
          <p className="mt-1 text-sm text-slate-500">
            {t('benchmarks.privacy', { min: query.data?.min_companies ?? 10 })}
          </p>
          {query.data?.population === 'demo' && (
            <p className="mt-1 text-sm text-amber-700">{t('benchmarks.demo')}</p>
          )}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          {t('benchmarks.grain')}
          <select
            value={grain}
            onChange={(e) => setGrain(e.target.value as BenchmarkGrain)}
            className="rounded-lg border border-slate-300 px-2 py-1"
          >
            {GRAINS.map((g) => (
              <option key={g} value={g}>
                {t(`benchmarks.grain.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {query.isPending ? (
        <PageLoader label={t('benchmarks.loading')} />
      ) : query.isError ? (
        <ErrorState
          message={errorMessage(query.error, i18n)}
          onRetry={() => query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <BenchmarksView data={query.data} />
      )}
      {query.data && query.data.reason?.code !== 'OPTED_OUT' && (
        <RankHistory companyId={companyId} grain={grain} />
      )}
      <AnalyticsDisclaimer />
    </div>
  );
}
