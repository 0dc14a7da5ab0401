import type { InsightsResponse } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const insightKeys = {
  all: (companyId: string) => ['companies', companyId, 'insights'] as const,
};

/** Every section and the ranked top insights for the caller's role. */
export function getInsights(companyId: string, signal?: AbortSignal): Promise<InsightsResponse> {
  return api.get<InsightsResponse>(`/api/v1/companies/${encodeURIComponent(companyId)}/insights`, { signal });
}

export function useInsights(companyId: string) {
  return useQuery({
    queryKey: insightKeys.all(companyId),
    queryFn: ({ signal }) => getInsights(companyId, signal),
  });
}
