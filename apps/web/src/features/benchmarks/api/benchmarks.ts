import type {
  BenchmarkGrain,
  BenchmarkHistory,
  BenchmarkMetricKey,
  CompanyBenchmarks,
} from '@ayni/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const company = (companyId: string) => `/api/v1/companies/${encodeURIComponent(companyId)}`;

export const benchmarkKeys = {
  all: (companyId: string) => ['benchmarks', companyId] as const,
  period: (companyId: string, grain: BenchmarkGrain, period: string | undefined) =>
    ['benchmarks', companyId, grain, period ?? 'latest'] as const,
  history: (companyId: string, metric: BenchmarkMetricKey, grain: BenchmarkGrain) =>
    ['benchmarks', companyId, 'history', metric, grain] as const,
};

/** The company against its cohorts for one period (default: the latest computed). */
export const benchmarksOptions = (companyId: string, grain: BenchmarkGrain, period?: string) =>
  queryOptions({
    queryKey: benchmarkKeys.period(companyId, grain, period),
    queryFn: async ({ signal }) =>
      (
        await api.get<{ data: CompanyBenchmarks }>(`${company(companyId)}/benchmarks`, {
          signal,
          query: { grain, period },
        })
      ).data,
  });

export const benchmarkHistoryOptions = (
  companyId: string,
  metric: BenchmarkMetricKey,
  grain: BenchmarkGrain,
) =>
  queryOptions({
    queryKey: benchmarkKeys.history(companyId, metric, grain),
    queryFn: async ({ signal }) =>
      (
        await api.get<{ data: BenchmarkHistory }>(`${company(companyId)}/benchmarks/history`, {
          signal,
          query: { metric, grain },
        })
      ).data,
  });
