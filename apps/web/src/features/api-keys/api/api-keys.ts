import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from '@ayni/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}/api-keys`;
export const apiKeysQueryKey = (companyId: string) => ['api-keys', companyId] as const;

export function useApiKeys(companyId: string) {
  return useQuery({
    queryKey: apiKeysQueryKey(companyId),
    queryFn: async ({ signal }) => (await api.get<Envelope<ApiKey[]>>(base(companyId), { signal })).data,
  });
}

export function useCreateApiKey(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateApiKeyInput) =>
      (await api.post<Envelope<CreatedApiKey>>(base(companyId), input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(companyId) }),
  });
}

export function useRevokeApiKey(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (keyId: string) =>
      (await api.delete<Envelope<ApiKey>>(`${base(companyId)}/${encodeURIComponent(keyId)}`)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey(companyId) }),
  });
}
