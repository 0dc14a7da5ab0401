import type { DashboardKind } from '@ayni/contracts';
import { Link } from 'react-router';
import { Card } from '../../../components/card';
import { Skeleton } from '../../../components/skeleton';
import { useInsights } from '../api/insights';
import { useInsightLabels } from '../lib/labels';
import { TopInsights } from './top-insights';

/** A dashboard's first card: its three most important insights, and a link to all of them. */
export function TopInsightsCard({ companyId, audience }: { companyId: string; audience: DashboardKind }) {
  const { L } = useInsightLabels();
  const insights = useInsights(companyId, audience);
  // Insights are extra: when they fail or do not exist yet the dashboard goes on without them.
  if (insights.isError) return null;
  const top = insights.data?.data.top.slice(0, 3);
  if (top !== undefined && top.length === 0 && insights.data?.meta.data_through === null) return null;
  return (
    <Card aria-labelledby="top-insights-title" className="overflow-hidden lg:col-span-2">
      <div className="flex items-baseline justify-between gap-3 px-4 pt-4 sm:px-5">
        <h2 id="top-insights-title" className="text-base font-semibold text-slate-900">
          {L.top}
        </h2>
        <Link
          to={`/c/${companyId}/insights`}
          className="text-sm font-semibold text-teal-700 hover:text-teal-800"
        >
          {L.seeAll}
        </Link>
      </div>
      <div className="px-2 pb-2 sm:px-3">
        {top === undefined ? (
          <div role="status" aria-label={L.loading} className="space-y-2 p-2">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : (
          <TopInsights items={top} />
        )}
      </div>
    </Card>
  );
}
