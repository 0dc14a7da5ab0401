import type { BenchmarkGrain, CompanyBenchmarks } from '@ayni/contracts';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { periodLabel } from '../../dashboards/lib/labels';
import { MetricBenchmarkCard } from './metric-benchmark-card';

/** Every metric of one period, or the one reason there are none (opted out, not computed). */
export function BenchmarksView({ data }: { data: CompanyBenchmarks }) {
  const { t, language } = useI18n();
  if (data.reason) {
    return (
      <p
        role="status"
        data-testid="benchmarks-reason"
        className="rounded-2xl bg-slate-50 p-4 text-sm text-slate-700 ring-1 ring-slate-200"
      >
        {language === 'es' ? data.reason.message_es : data.reason.message}
      </p>
    );
  }
  return (
    <>
      {data.period && (
        <p className="text-sm text-slate-600">
          {t('benchmarks.period', { period: periodLabel(data.period, data.grain, language) })}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {data.metrics.map((item) => (
          <MetricBenchmarkCard key={item.metric} item={item} />
        ))}
      </div>
    </>
  );
}

export const GRAINS: readonly BenchmarkGrain[] = ['month', 'quarter', 'year'];
