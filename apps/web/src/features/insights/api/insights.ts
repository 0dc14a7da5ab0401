import type { DashboardKind, InsightsResponse } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const insightKeys = {
  all: (companyId: string, audience?: DashboardKind) =>
    ['companies', companyId, 'insights', audience ?? 'role'] as const,
};

/** Every section and the ranked top insights for a dashboard (default: the caller's role's). */
export function getInsights(
  companyId: string,
  audience?: DashboardKind,
  signal?: AbortSignal,
): Promise<InsightsResponse> {
  const query = audience ? `?audience=${audience}` : '';
  return api.get<InsightsResponse>(`/api/v1/companies/${encodeURIComponent(companyId)}/insights${query}`, {
    signal,
  });
}

export function useInsights(companyId: string, audience?: DashboardKind) {
  return useQuery({
    queryKey: insightKeys.all(companyId, audience),
    queryFn: ({ signal }) => getInsights(companyId, audience, signal),
  });
}
