import type { ListMeta, MyCompany } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

export const companiesQueryKey = ['companies'] as const;

/** Companies the signed-in user belongs to, with their role in each. */
export async function getCompanies(signal?: AbortSignal): Promise<MyCompany[]> {
  const body = await api.get<Envelope<MyCompany[], ListMeta>>('/api/v1/companies', {
    signal,
    query: { page_size: 200 },
  });
  return body.data;
}

export function useCompanies() {
  return useQuery({
    queryKey: companiesQueryKey,
    queryFn: ({ signal }) => getCompanies(signal),
    staleTime: 5 * 60_000,
  });
}
