import type { BenchmarkMetricKey, DashboardKind } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Card } from '../../../components/card';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { periodLabel } from '../../dashboards/lib/labels';
import { benchmarksOptions } from '../api/benchmarks';
import { MetricBenchmarkCard } from './metric-benchmark-card';

/** The metrics each role's dashboard compares with the industry. */
export const ROLE_BENCHMARKS: Record<DashboardKind, readonly BenchmarkMetricKey[]> = {
  owner: ['revenue_growth_yoy', 'avg_ticket', 'gross_margin_pct'],
  operations: ['units_per_ticket', 'weekend_share', 'return_rate'],
  marketing: ['repeat_customer_rate', 'avg_ticket', 'units_per_ticket'],
  finance: ['gross_margin_pct', 'revenue', 'return_rate'],
};

/** A dashboard card: the role's metrics against the industry, with a link to the whole page. */
export function BenchmarksCard({ companyId, audience }: { companyId: string; audience: DashboardKind }) {
  const { t, language } = useI18n();
  const query = useQuery(benchmarksOptions(companyId, 'month'));
  // Benchmarks are extra: when they fail the dashboard goes on without them.
  if (query.isError || query.isPending) return null;
  const wanted = ROLE_BENCHMARKS[audience];
  const items = query.data.metrics.filter((m) => wanted.includes(m.metric));
  return (
    <Card
      aria-labelledby="benchmarks-card-title"
      className="overflow-hidden lg:col-span-2"
      data-testid="benchmarks-card"
    >
      <div className="flex items-baseline justify-between gap-3 px-4 pt-4 sm:px-5">
        <h2 id="benchmarks-card-title" className="text-base font-semibold text-slate-900">
          {t('benchmarks.card.title')}
          {query.data.period && !query.data.reason && (
            // The month compared: the dashboard's own period may be another one.
            <span className="ml-2 text-sm font-normal text-slate-500" data-testid="benchmarks-card-period">
              {periodLabel(query.data.period, query.data.grain, language)}
            </span>
          )}
        </h2>
        <Link
          to={`/c/${companyId}/benchmarks`}
          className="text-sm font-semibold text-teal-700 hover:text-teal-800"
        >
          {t('benchmarks.card.seeAll')}
        </Link>
      </div>
      <div className="p-3 sm:px-4">
        {query.data.reason ? (
          <p className="text-sm text-slate-600">
            {language === 'es' ? query.data.reason.message_es : query.data.reason.message}
          </p>
        ) : (
          <div className="grid gap-3 md:grid-cols-3">
            {items.map((item) => (
              <MetricBenchmarkCard key={item.metric} item={item} compact />
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}
