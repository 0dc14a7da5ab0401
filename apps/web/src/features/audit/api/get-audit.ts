import type { AuditLogEntry, ListMeta } from '@ayni/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Envelope } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 20;

export interface AuditPage {
  entries: AuditLogEntry[];
  page: number;
  total: number;
}

export async function getAudit(companyId: string, page: number, signal?: AbortSignal): Promise<AuditPage> {
  const body = await api.get<Envelope<AuditLogEntry[], ListMeta>>(
    `/api/v1/companies/${encodeURIComponent(companyId)}/audit`,
    { signal, query: { page, page_size: AUDIT_PAGE_SIZE } },
  );
  return { entries: body.data, page: body.meta.page, total: body.meta.total };
}

/** One page of the audit log, newest first; the previous page stays on screen while the next loads. */
export function useAudit(companyId: string, page: number) {
  return useQuery({
    queryKey: ['companies', companyId, 'audit', page],
    queryFn: ({ signal }) => getAudit(companyId, page, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
