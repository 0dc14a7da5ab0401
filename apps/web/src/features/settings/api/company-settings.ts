import type { CompanySettings, CompanySettingsPatch, DataPolicy } from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

export const settingsKeys = {
  analysis: (companyId: string) => ['companies', companyId, 'settings'] as const,
  dataPolicy: (companyId: string) => ['companies', companyId, 'data-policy'] as const,
};

export async function getCompanySettings(companyId: string, signal?: AbortSignal): Promise<CompanySettings> {
  const body = await api.get<Envelope<CompanySettings>>(`${base(companyId)}/settings`, { signal });
  return body.data;
}

/** Merges `patch` into the stored settings (owners and admins); answers the whole settings. */
export async function updateCompanySettings(
  companyId: string,
  patch: CompanySettingsPatch,
): Promise<CompanySettings> {
  const body = await api.patch<Envelope<CompanySettings>>(`${base(companyId)}/settings`, patch);
  return body.data;
}

export async function getDataPolicy(companyId: string, signal?: AbortSignal): Promise<DataPolicy> {
  const body = await api.get<Envelope<DataPolicy>>(`${base(companyId)}/data-policy`, { signal });
  return body.data;
}

/** The company's analysis settings, defaults filled in by the server. */
export function useCompanySettings(companyId: string) {
  return useQuery({
    queryKey: settingsKeys.analysis(companyId),
    queryFn: ({ signal }) => getCompanySettings(companyId, signal),
  });
}

/** How long original files and a deleted company are kept (operator configuration). */
export function useDataPolicy(companyId: string) {
  return useQuery({
    queryKey: settingsKeys.dataPolicy(companyId),
    queryFn: ({ signal }) => getDataPolicy(companyId, signal),
  });
}
