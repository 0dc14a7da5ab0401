import type {
  CompanyDetail,
  CreateCompanyRequest,
  DeletedCompany,
  MyCompany,
  UpdateCompanyRequest,
} from '@ayni/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

export const companyQueryKey = (companyId: string) => ['companies', companyId, 'detail'] as const;

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

/** Registers a company with its first locations; the signed-in user becomes its owner. */
export async function createCompany(input: CreateCompanyRequest): Promise<CompanyDetail> {
  const body = await api.post<Envelope<CompanyDetail>>('/api/v1/companies', input);
  return body.data;
}

export async function getCompany(companyId: string, signal?: AbortSignal): Promise<CompanyDetail> {
  const body = await api.get<Envelope<CompanyDetail>>(base(companyId), { signal });
  return body.data;
}

/** One company with its locations. */
export function useCompany(companyId: string) {
  return useQuery({
    queryKey: companyQueryKey(companyId),
    queryFn: ({ signal }) => getCompany(companyId, signal),
  });
}

export async function updateCompany(companyId: string, patch: UpdateCompanyRequest): Promise<CompanyDetail> {
  const body = await api.patch<Envelope<CompanyDetail>>(base(companyId), patch);
  return body.data;
}

/** Soft delete (owners): hidden at once, purged after the grace period. */
export async function deleteCompany(companyId: string): Promise<DeletedCompany> {
  const body = await api.delete<Envelope<DeletedCompany>>(base(companyId));
  return body.data;
}

/** The list entry (`MyCompany`) of a company detail. */
export function toListEntry({
  locations: _l,
  timezone: _t,
  created_at: _c,
  ...company
}: CompanyDetail): MyCompany {
  return company;
}
