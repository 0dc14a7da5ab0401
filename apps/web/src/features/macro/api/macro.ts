import type {
  MacroBuffsResponse,
  MacroCorrelationsResponse,
  MacroSeriesResponse,
  MacroSeriesSummary,
  MetricPeriod,
} from '@ayni/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type MacroRevenueMeta = {
  base_month: string | null;
  uf_through: string | null;
  usd_through: string | null;
  ipc_through: string | null;
};

const company = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

export const macroKeys = {
  series: () => ['macro', 'series'] as const,
  points: (code: string, from: string | undefined) => ['macro', 'series', code, from ?? 'default'] as const,
  buffs: (companyId: string, month: string | undefined) =>
    ['macro', companyId, 'buffs', month ?? 'latest'] as const,
  correlations: (companyId: string) => ['macro', companyId, 'correlations'] as const,
  revenue: (companyId: string) => ['macro', companyId, 'revenue'] as const,
};

export const seriesListOptions = () =>
  queryOptions({
    queryKey: macroKeys.series(),
    queryFn: async ({ signal }) =>
      (await api.get<{ data: MacroSeriesSummary[] }>('/api/v1/macro/series', { signal })).data,
  });

export const seriesPointsOptions = (code: string, from?: string) =>
  queryOptions({
    queryKey: macroKeys.points(code, from),
    queryFn: async ({ signal }) =>
      (
        await api.get<MacroSeriesResponse>(`/api/v1/macro/series/${encodeURIComponent(code)}`, {
          signal,
          query: { from },
        })
      ).data,
  });

export const buffsOptions = (companyId: string, month?: string) =>
  queryOptions({
    queryKey: macroKeys.buffs(companyId, month),
    queryFn: async ({ signal }) =>
      (await api.get<MacroBuffsResponse>(`${company(companyId)}/macro/buffs`, { signal, query: { month } }))
        .data,
  });

export const correlationsOptions = (companyId: string) =>
  queryOptions({
    queryKey: macroKeys.correlations(companyId),
    queryFn: ({ signal }) =>
      api.get<MacroCorrelationsResponse>(`${company(companyId)}/macro/correlations`, { signal }),
  });

/** Monthly revenue with its UF, USD and real figures, and how they were computed. */
export const macroRevenueOptions = (companyId: string) =>
  queryOptions({
    queryKey: macroKeys.revenue(companyId),
    queryFn: ({ signal }) =>
      api.get<{ data: MetricPeriod[]; meta: { macro?: MacroRevenueMeta; data_through: string | null } }>(
        `${company(companyId)}/metrics`,
        { signal, query: { grain: 'month' } },
      ),
  });
