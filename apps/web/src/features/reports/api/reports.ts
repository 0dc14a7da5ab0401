import type { CreateReport, PutReportSchedule, Report, ReportSchedule } from '@ayni/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload, apiRequest, type Download, type Envelope } from '../../../lib/api-client';

const base = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;
export const reportsQueryKey = (companyId: string) => ['reports', companyId] as const;
const scheduleKey = (companyId: string) => ['report-schedule', companyId] as const;

const POLL_MS = 1_500;

/** The company's reports; polls while one is still being built. */
export function useReports(companyId: string) {
  return useQuery({
    queryKey: reportsQueryKey(companyId),
    queryFn: async ({ signal }) =>
      (await api.get<Envelope<Report[]>>(`${base(companyId)}/reports`, { signal })).data,
    refetchInterval: (query) =>
      query.state.data?.some((r) => r.status === 'queued' || r.status === 'running') ? POLL_MS : false,
  });
}

export function useRequestReport(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateReport) =>
      (await api.post<Envelope<Report>>(`${base(companyId)}/reports`, input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportsQueryKey(companyId) }),
  });
}

/** The finished PDF, fetched with the Bearer token. */
export function downloadReport(report: Pick<Report, 'download_url'>): Promise<Download> {
  return apiDownload(report.download_url ?? '', 'application/pdf');
}

export function useReportSchedule(companyId: string) {
  return useQuery({
    queryKey: scheduleKey(companyId),
    queryFn: async ({ signal }) =>
      (await api.get<Envelope<ReportSchedule>>(`${base(companyId)}/report-schedules/me`, { signal })).data,
  });
}

export function useSaveReportSchedule(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PutReportSchedule) =>
      (
        await apiRequest<Envelope<ReportSchedule>>(`${base(companyId)}/report-schedules/me`, {
          method: 'PUT',
          body: input,
        })
      ).data,
    onSuccess: (data) => queryClient.setQueryData(scheduleKey(companyId), data),
  });
}
