import type { DashboardSummary } from '@ayni/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';
import type { DateRange } from '../lib/period';

export const dashboardKeys = {
  /** Everything cached for one company's dashboard; invalidated when its analytics job completes. */
  company: (companyId: string) => ['dashboard', companyId] as const,
  summary: (companyId: string, range: DateRange | null) =>
    ['dashboard', companyId, 'summary', range ? `${range.from}..${range.to}` : 'all'] as const,
};

export async function getDashboardSummary(
  companyId: string,
  range: DateRange | null,
  signal?: AbortSignal,
): Promise<DashboardSummary> {
  const body = await api.get<Envelope<DashboardSummary>>(
    `/api/v1/companies/${encodeURIComponent(companyId)}/dashboard/summary`,
    { signal, query: range ? { from: range.from, to: range.to } : undefined },
  );
  return body.data;
}

export function dashboardSummaryOptions(companyId: string, range: DateRange | null) {
  return queryOptions({
    queryKey: dashboardKeys.summary(companyId, range),
    queryFn: ({ signal }) => getDashboardSummary(companyId, range, signal),
  });
}
